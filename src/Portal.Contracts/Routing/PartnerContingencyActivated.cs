namespace Portal.Contracts.Routing;

/// <summary>
/// The force <see cref="SourceTenant"/> switched on contingency plan <see cref="PlanCode"/> for its queues
/// <see cref="Queues"/>, and tells <see cref="TargetTenant"/>, a force it has an accepted overflow agreement with, so
/// that the partner can expect more calls. One event per partner, out of the source's outbox with the activation.
/// </summary>
public sealed record PartnerContingencyActivated(
    string TenantId,
    string SourceTenant,
    string TargetTenant,
    Guid ActivationId,
    string PlanCode,
    string PlanName,
    IReadOnlyList<string> Queues,
    string Reason,
    string ActivatedBy,
    DateTimeOffset ActivatedAt,
    DateTimeOffset RevertAt) : ICrossTenantEvent;
