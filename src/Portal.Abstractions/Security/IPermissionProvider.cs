namespace Portal.Abstractions.Security;

/// <summary>Each module registers one in its startup; only enabled features' permissions exist in a tenant.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    IEnumerable<PermissionStereotype> GetDefaultStereotypes();
}
