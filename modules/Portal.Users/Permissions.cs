using Portal.Abstractions.Security;

namespace Portal.Users;

/// <summary>The Users module's permissions. Managing users or roles implies reaching the admin area.</summary>
public sealed class Permissions : IPermissionProvider
{
    // Attribute arguments must be constants, and Permission.Policy is computed: these spell the same names.
    public const string AccessAdminPanelPolicy = PermissionPolicy.Prefix + "AccessAdminPanel";
    public const string ManageUsersPolicy = PermissionPolicy.Prefix + "ManageUsers";
    public const string ManageRolesPolicy = PermissionPolicy.Prefix + "ManageRoles";

    public static readonly Permission ManageUsers = new("ManageUsers", "Create, edit, lock and delete users, and give them roles");
    public static readonly Permission ManageRoles = new("ManageRoles", "Create, edit and delete roles and their permissions");
    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Reach the administration area", [ManageUsers, ManageRoles]);

    public IEnumerable<Permission> GetPermissions() => [AccessAdminPanel, ManageUsers, ManageRoles];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [AccessAdminPanel, ManageUsers, ManageRoles]),
    ];
}
