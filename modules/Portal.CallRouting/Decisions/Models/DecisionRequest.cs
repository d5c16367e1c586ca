namespace Portal.CallRouting.Decisions.Models;

/// <summary>
/// <c>POST /api/routing/decisions</c>: the service dialled (required), the caller's number (digits with an optional
/// leading +; absent or null when withheld) and when (ISO 8601 with an offset; absent means now).
/// </summary>
public sealed record DecisionRequest(string? Service, string? CallerId, string? At);
