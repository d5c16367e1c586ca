using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.OpenId.Models;

/// <summary>The flows a client may be given. Implicit, hybrid and password grants do not exist here on purpose.</summary>
public static class ClientGrants
{
    public const string AuthorizationCode = GrantTypes.AuthorizationCode;
    public const string ClientCredentials = GrantTypes.ClientCredentials;
    public const string RefreshToken = GrantTypes.RefreshToken;

    public static IReadOnlyList<string> All { get; } = [AuthorizationCode, ClientCredentials, RefreshToken];
}
