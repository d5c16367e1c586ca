using System.Security.Claims;
using OpenIddict.Abstractions;

namespace Portal.OpenId.Security;

/// <summary>
/// What a full validation of an access token produced: the principal (with the properties restored from its store
/// entry) and the identifiers of its entry and authorization. The principal is never handed out itself: every
/// request gets its own copy, because handlers and the application add claims to the one they are given.
/// </summary>
public sealed class ConfirmedToken
{
    private readonly ClaimsPrincipal _principal;

    public ConfirmedToken(ClaimsPrincipal principal, string? tokenId, string? authorizationId)
    {
        _principal = DeepCopy(principal);
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

    /// <summary>A copy of the validated principal for one request.</summary>
    public ClaimsPrincipal CopyPrincipal() => DeepCopy(_principal);

    // ClaimsPrincipal.Clone shares the identities, so a claim added to a copy would appear in every later one.
    private static ClaimsPrincipal DeepCopy(ClaimsPrincipal principal) => new(principal.Identities.Select(identity => identity.Clone()));
}
