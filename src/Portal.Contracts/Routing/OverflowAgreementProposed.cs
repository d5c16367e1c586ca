namespace Portal.Contracts.Routing;

/// <summary>
/// <see cref="SourceTenant"/> proposes that calls of its queue <see cref="QueueCode"/> may overflow to
/// <see cref="TargetTenant"/>: at most <see cref="MaxConcurrentCalls"/> at a time, within <see cref="Hours"/> (empty:
/// at any hour), until <see cref="ExpiresAt"/>. <see cref="AgreementId"/> is the same in both forces' copies.
/// </summary>
public sealed record OverflowAgreementProposed(
    string TenantId,
    string SourceTenant,
    string TargetTenant,
    string AgreementId,
    string QueueCode,
    int MaxConcurrentCalls,
    IReadOnlyList<OverflowAgreementHours> Hours,
    DateTimeOffset ExpiresAt,
    string ProposedBy,
    DateTimeOffset ProposedAt) : ICrossTenantEvent;
