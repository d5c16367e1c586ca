using Portal.Abstractions.Security;

namespace Portal.Tenants;

/// <summary>Who may see and who may change the platform's tenants.</summary>
public sealed class Permissions : IPermissionProvider
{
    /// <summary>Policy names as constants, for <c>[Authorize(Policy = ...)]</c>.</summary>
    public const string ManageTenantsPolicy = PermissionPolicy.Prefix + "ManageTenants";
    public const string ViewTenantsPolicy = PermissionPolicy.Prefix + "ViewTenants";

    public static readonly Permission ManageTenants = new("ManageTenants", "Create, disable and enable tenants");

    public static readonly Permission ViewTenants = new("ViewTenants", "See the tenants and their state", [ManageTenants]);

    public IEnumerable<Permission> GetPermissions() => [ManageTenants, ViewTenants];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [new PermissionStereotype(RoleNames.Administrator, [ManageTenants, ViewTenants])];
}
