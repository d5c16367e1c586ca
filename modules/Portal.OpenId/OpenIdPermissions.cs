using Portal.Abstractions.Security;

namespace Portal.OpenId;

/// <summary>Managing the tenant's OpenID Connect clients: who may obtain tokens for the tenant's APIs.</summary>
public sealed class OpenIdPermissions : IPermissionProvider
{
    public const string ManageClientsPolicy = PermissionPolicy.Prefix + "ManageClients";

    public static readonly Permission ManageClients = new("ManageClients", "Register, change and remove the applications that may obtain tokens");

    public IEnumerable<Permission> GetPermissions() => [ManageClients];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageClients]),
    ];
}
