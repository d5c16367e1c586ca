namespace Portal.Abstractions.Security;

/// <summary>
/// Rate-limiting policies the Users module registers in every tenant, for other modules' endpoints to reuse. The
/// host runs the limiter right after routing, before authentication, so a refused request costs no credential check.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>
    /// Credential checks (sign-in, second factor, step-up): limited per client address and per
    /// account (the submitted "Email", "username" or "client_id", or the signed-in user). Refused with 429 and
    /// Retry-After. Use with <c>.RequireRateLimiting(RateLimitPolicies.Auth)</c> or <c>[EnableRateLimiting(...)]</c>.
    /// </summary>
    public const string Auth = "portal-auth";

    /// <summary>
    /// The OAuth token endpoint: limited per client address and per client id, with higher limits than
    /// <see cref="Auth"/> because systems (not people) call it (<c>Portal:RateLimits:Token:PerAddressPerMinute</c>,
    /// <c>...:PerClientPerMinute</c>).
    /// </summary>
    public const string Token = "portal-token";
}
