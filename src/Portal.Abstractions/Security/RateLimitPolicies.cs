namespace Portal.Abstractions.Security;

/// <summary>Rate-limiting policies the Users module registers in every tenant, for other modules' endpoints to reuse.</summary>
public static class RateLimitPolicies
{
    /// <summary>
    /// Credential checks (sign-in, second factor, step-up, token requests): limited per client address and per
    /// account (the submitted "Email", "username" or "client_id", or the signed-in user). Refused with 429 and
    /// Retry-After. Use with <c>.RequireRateLimiting(RateLimitPolicies.Auth)</c> or <c>[EnableRateLimiting(...)]</c>.
    /// </summary>
    public const string Auth = "portal-auth";
}
