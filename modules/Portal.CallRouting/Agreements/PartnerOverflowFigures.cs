namespace Portal.CallRouting.Agreements;

/// <summary>
/// One agreement under which <see cref="PartnerTenant"/> overflows calls of its queue <see cref="QueueCode"/> to this
/// force: calls that still wait here (<see cref="InProgress"/>, against <see cref="MaxConcurrentCalls"/>), calls
/// overflowed over the last 15 minutes, and the latest one (null when none was sent within the last hour).
/// </summary>
public sealed record PartnerOverflowFigures(
    string AgreementId,
    string PartnerTenant,
    string QueueCode,
    int InProgress,
    int MaxConcurrentCalls,
    int LastFifteenMinutes,
    DateTimeOffset? LatestAt);
