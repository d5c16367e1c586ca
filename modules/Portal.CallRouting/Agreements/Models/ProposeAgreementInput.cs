using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Agreements.Models;

/// <summary>
/// <c>POST /api/routing/agreements</c>: calls of this force's queue <see cref="QueueCode"/> may overflow to
/// <see cref="Partner"/>, at most <see cref="MaxConcurrentCalls"/> at a time, within <see cref="Hours"/> (absent or
/// empty: at any hour), until <see cref="ExpiresAt"/>.
/// </summary>
public sealed record ProposeAgreementInput(
    string? Partner,
    string? QueueCode,
    int? MaxConcurrentCalls,
    IReadOnlyList<WeeklyOpening>? Hours,
    DateTimeOffset? ExpiresAt);
