namespace Portal.Abstractions.Audit;

/// <summary>
/// One fact for the tenant's audit log. <see cref="Actor"/> (user or client) and <see cref="RemoteAddress"/> are
/// filled from the current request when not given. Never put a password, token, key or secret in any field.
/// </summary>
/// <param name="Category">One of <see cref="AuditCategories"/>.</param>
/// <param name="Action">What happened, for example "sign-in", "role-permissions-changed", "part-2-read".</param>
/// <param name="Subject">What it happened to (a user id, a role, a feature id, a report reference).</param>
/// <param name="Detail">Free text for the reader; no secrets.</param>
public sealed record AuditEntry(string Category, string Action, AuditOutcome Outcome, string? Subject = null, string? Detail = null)
{
    public string? Actor { get; init; }
    public string? RemoteAddress { get; init; }
}
