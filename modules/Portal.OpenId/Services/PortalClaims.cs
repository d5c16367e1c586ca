using System.Security.Claims;
using OpenIddict.Abstractions;
using Portal.Abstractions.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Portal.OpenId.Services;

/// <summary>Which claims go into tokens, and into which token.</summary>
internal static class PortalClaims
{
    /// <summary>
    /// The user's security stamp when the code was issued. Kept only in the authorization code and refresh tokens
    /// (no destination), so the token endpoint can tell that the account changed since; never sent to anyone.
    /// </summary>
    public const string AccountStamp = "portal:stamp";

    /// <summary>Vetting and the time of the last second factor: the APIs' OFFICIAL-SENSITIVE checks read them.</summary>
    public static void CopySecurityClaims(ClaimsPrincipal from, ClaimsIdentity to)
    {
        foreach (var type in new[] { PortalClaimTypes.VettingLevel, PortalClaimTypes.SecondFactorAt })
        {
            if (from.FindFirstValue(type) is { Length: > 0 } value)
            {
                to.SetClaim(type, value);
            }
        }
    }

    public static IEnumerable<string> DestinationsOf(Claim claim)
    {
        var principal = claim.Subject;
        switch (claim.Type)
        {
            case Claims.Subject:
                return [Destinations.AccessToken, Destinations.IdentityToken];
            case Claims.Name:
                return principal?.HasScope(Scopes.Profile) == true
                    ? [Destinations.AccessToken, Destinations.IdentityToken]
                    : [Destinations.AccessToken];
            case Claims.Email:
                return principal?.HasScope(Scopes.Email) == true
                    ? [Destinations.AccessToken, Destinations.IdentityToken]
                    : [Destinations.AccessToken];
            case Claims.Role:
                return principal?.HasScope(Scopes.Roles) == true
                    ? [Destinations.AccessToken, Destinations.IdentityToken]
                    : [Destinations.AccessToken];
            case Claims.ClientId:
            case PortalClaimTypes.VettingLevel:
            case PortalClaimTypes.SecondFactorAt:
                return [Destinations.AccessToken];
            // The security stamp and other cookie internals never leave the server.
            case "AspNet.Identity.SecurityStamp":
            case AccountStamp:
                return [];
            default:
                return [];
        }
    }
}
