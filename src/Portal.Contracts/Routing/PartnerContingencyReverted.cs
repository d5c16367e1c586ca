namespace Portal.Contracts.Routing;

/// <summary>
/// The force <see cref="SourceTenant"/> switched off the contingency plan it told <see cref="TargetTenant"/> about in
/// <see cref="PartnerContingencyActivated"/> (same <see cref="ActivationId"/>), by hand or when its time ran out
/// (<see cref="Automatic"/>).
/// </summary>
public sealed record PartnerContingencyReverted(
    string TenantId,
    string SourceTenant,
    string TargetTenant,
    Guid ActivationId,
    string PlanCode,
    string Reason,
    string RevertedBy,
    DateTimeOffset RevertedAt,
    bool Automatic) : ICrossTenantEvent;
