namespace Portal.Contracts.Routing;

/// <summary>
/// A force switched some of its queues to a contingency plan approved in advance. <see cref="PartnerTenants"/> are the
/// forces it has usable overflow agreements with, when the plan says partners are to be told
/// (<see cref="NotifyPartners"/>); delivering it to them is the cross-tenant relay's job. The plan reverts by itself
/// at <see cref="RevertAt"/> unless reverted sooner (<see cref="ContingencyPlanReverted"/>).
/// </summary>
public sealed record ContingencyPlanActivated(
    string TenantId,
    Guid ActivationId,
    string PlanCode,
    string PlanName,
    int PlanVersion,
    IReadOnlyList<string> Queues,
    string Reason,
    string ActivatedBy,
    DateTimeOffset ActivatedAt,
    DateTimeOffset RevertAt,
    bool NotifyPartners,
    IReadOnlyList<string> PartnerTenants) : IIntegrationEvent;
