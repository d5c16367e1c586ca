namespace Portal.Abstractions.Security;

/// <summary>Claims the portal puts on a signed-in principal (cookie or token), read by its policies.</summary>
public static class PortalClaimTypes
{
    /// <summary>The user's <see cref="VettingLevel"/>, by name.</summary>
    public const string VettingLevel = "portal:vetting";

    /// <summary>When this session last passed a second factor: Unix seconds, UTC.</summary>
    public const string SecondFactorAt = "portal:mfa_at";

    /// <summary>A token's scopes (one claim per scope).</summary>
    public const string Scope = "scope";
}
