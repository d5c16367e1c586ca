namespace Portal.Contracts.Routing;

/// <summary>
/// A contingency plan stopped: reverted by a person, or automatically when its time ran out (<see cref="Automatic"/>;
/// <see cref="RevertedAt"/> is then the planned revert time, even if it was recorded later).
/// </summary>
public sealed record ContingencyPlanReverted(
    string TenantId,
    Guid ActivationId,
    string PlanCode,
    string Reason,
    string RevertedBy,
    DateTimeOffset RevertedAt,
    bool Automatic,
    bool NotifyPartners,
    IReadOnlyList<string> PartnerTenants) : IIntegrationEvent;
