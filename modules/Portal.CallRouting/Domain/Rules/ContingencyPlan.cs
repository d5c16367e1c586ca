namespace Portal.CallRouting.Domain.Rules;

/// <summary>
/// An alternative rule set approved in advance with the plan (a centre evacuated, a major incident). While active,
/// its <see cref="Queues"/> replace those queues' policies; it reverts by itself after <see cref="RevertAfterMinutes"/>.
/// </summary>
public sealed record ContingencyPlan(
    string Code,
    string Name,
    string Description,
    int RevertAfterMinutes,
    bool NotifyPartners,
    IReadOnlyList<QueuePolicy> Queues);
