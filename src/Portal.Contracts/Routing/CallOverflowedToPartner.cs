namespace Portal.Contracts.Routing;

/// <summary>
/// The proposer (<see cref="SourceTenant"/>) routed one call of its queue <see cref="QueueCode"/> to the partner
/// (<see cref="TargetTenant"/>) under agreement <see cref="AgreementId"/>: the partner counts it on its dashboard.
/// Carries no caller data: the partner learns of the call itself from its own telephony.
/// </summary>
public sealed record CallOverflowedToPartner(
    string TenantId,
    string SourceTenant,
    string TargetTenant,
    string AgreementId,
    string CallId,
    string QueueCode,
    DateTimeOffset OverflowedAt) : ICrossTenantEvent;
