using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Agreements.Models;

/// <summary>An agreement as this force sees it (the API's and the pages' shape).</summary>
public sealed record AgreementView(
    string Id,
    AgreementRole Role,
    string Partner,
    string QueueCode,
    int MaxConcurrentCalls,
    IReadOnlyList<WeeklyOpening>? Hours,
    DateTimeOffset ExpiresAt,
    AgreementState State,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DeclineReason,
    string? RevokedBy,
    string? RevokedByTenant,
    DateTimeOffset? RevokedAt,
    string? RevocationReason);
