using Portal.Abstractions.Security;

namespace Portal.Audit;

/// <summary>Who may read the audit log (search and export) and who may check its chain.</summary>
public sealed class Permissions : IPermissionProvider
{
    // Attribute arguments must be constants, and Permission.Policy is computed: these spell the same names.
    public const string ViewAuditLogPolicy = PermissionPolicy.Prefix + "ViewAuditLog";
    public const string VerifyAuditLogPolicy = PermissionPolicy.Prefix + "VerifyAuditLog";

    public static readonly Permission ViewAuditLog = new("ViewAuditLog", "Search and export the audit log");
    public static readonly Permission VerifyAuditLog = new("VerifyAuditLog", "Check that no audit entry was changed or removed");

    public IEnumerable<Permission> GetPermissions() => [ViewAuditLog, VerifyAuditLog];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        [new PermissionStereotype(RoleNames.Administrator, [ViewAuditLog, VerifyAuditLog])];
}
