using Portal.Abstractions.Security;

namespace Portal.Features;

/// <summary>Who may read the module catalogue and who may enable or disable features of a tenant.</summary>
public sealed class Permissions : IPermissionProvider
{
    /// <summary>Policy names as constants, for <c>[Authorize(Policy = ...)]</c>.</summary>
    public const string ManageFeaturesPolicy = PermissionPolicy.Prefix + "ManageFeatures";
    public const string ViewModulesPolicy = PermissionPolicy.Prefix + "ViewModules";

    public static readonly Permission ManageFeatures = new("ManageFeatures", "Enable and disable the features of any tenant");

    public static readonly Permission ViewModules = new("ViewModules", "See the module catalogue and each tenant's features", [ManageFeatures]);

    public IEnumerable<Permission> GetPermissions() => [ManageFeatures, ViewModules];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [new PermissionStereotype(RoleNames.Administrator, [ManageFeatures, ViewModules])];
}
