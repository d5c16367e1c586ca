using System.Security.Claims;

namespace Portal.Abstractions.Security;

/// <summary>
/// An API scope an access token must carry to use an endpoint, on top of the endpoint's permission: a token issued
/// for <c>routing.read</c> reads routing and changes nothing, whatever its client's roles. A signed-in person (cookie)
/// is not asked for scopes. <c>.RequireAuthorization(Permissions.EditRouting.Policy, ApiScope.Policy("routing.write"))</c>.
/// </summary>
public static class ApiScope
{
    public const string PolicyPrefix = "Scope:";

    /// <summary>The policy name requiring <paramref name="scope"/> of tokens; built by the host on demand.</summary>
    public static string Policy(string scope) => PolicyPrefix + scope;

    /// <summary>Whether the principal carries <paramref name="scope"/>, sent as one space-separated claim or one claim per scope.</summary>
    public static bool IsCarriedBy(ClaimsPrincipal user, string scope)
    {
        foreach (var claim in user.FindAll(PortalClaimTypes.Scope))
        {
            foreach (var range in claim.Value.AsSpan().Split(' '))
            {
                if (claim.Value.AsSpan()[range].Trim().SequenceEqual(scope))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
