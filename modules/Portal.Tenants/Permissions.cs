using Portal.Abstractions.Security;

namespace Portal.Tenants;

/// <summary>Who may see and who may change the platform's tenants.</summary>
public sealed class Permissions : IPermissionProvider
{
    /// <summary>Policy names as constants, for <c>[Authorize(Policy = ...)]</c>.</summary>
    public const string ManageTenantsPolicy = PermissionPolicy.Prefix + "ManageTenants";
    public const string ViewTenantsPolicy = PermissionPolicy.Prefix + "ViewTenants";
    public const string RedriveMessagesPolicy = PermissionPolicy.Prefix + "RedriveMessages";
    public const string ViewHealthPolicy = PermissionPolicy.Prefix + "ViewHealth";

    public static readonly Permission ManageTenants = new("ManageTenants", "Create, disable and enable tenants");

    public static readonly Permission ViewTenants = new("ViewTenants", "See the tenants and their state", [ManageTenants]);

    public static readonly Permission RedriveMessages = new("RedriveMessages", "Send failed messages back to their queue");

    public static readonly Permission ViewHealth = new("ViewHealth", "See the platform's readiness and its failed messages", [RedriveMessages]);

    public IEnumerable<Permission> GetPermissions() => [ManageTenants, ViewTenants, RedriveMessages, ViewHealth];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [new PermissionStereotype(RoleNames.Administrator, [ManageTenants, ViewTenants, RedriveMessages, ViewHealth])];
}
