namespace Portal.Abstractions.Security;

/// <summary>
/// Policies named "Permission:X" are built on demand by the host's policy provider, so modules write
/// <c>.RequireAuthorization(MyPermissions.Edit.Policy)</c> without registering anything.
/// </summary>
public static class PermissionPolicy
{
    public const string Prefix = "Permission:";
}
