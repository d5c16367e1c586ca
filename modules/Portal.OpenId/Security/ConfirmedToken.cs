using System.Security.Claims;
using OpenIddict.Abstractions;

namespace Portal.OpenId.Security;

/// <summary>
/// What a full validation of an access token produced: the principal (with the properties restored from its store
/// entry) and the identifiers of its entry and authorization. The principal is kept frozen
/// (<see cref="FrozenClaimsPrincipal"/>) and handed to every request that presents the token: a copy for each request
/// was about 3 KB of every call a busy client made.
/// </summary>
public sealed class ConfirmedToken
{
    public ConfirmedToken(ClaimsPrincipal principal, string? tokenId, string? authorizationId)
    {
        Principal = new FrozenClaimsPrincipal(principal);
        TokenId = tokenId;
        AuthorizationId = authorizationId;
        ExpiresAt = principal.GetExpirationDate();
        IssuedAt = principal.GetCreationDate();
    }

    public string? TokenId { get; }

    public string? AuthorizationId { get; }

    /// <summary>When the token expires (null: never), the one check that a confirmation cannot answer for later.</summary>
    public DateTimeOffset? ExpiresAt { get; }

    public DateTimeOffset? IssuedAt { get; }

    /// <summary>The validated principal, frozen: shared by every request that presents the token.</summary>
    public ClaimsPrincipal Principal { get; }
}
