namespace Portal.Contracts.Routing;

/// <summary>The partner (<see cref="SourceTenant"/>) accepted the proposer's (<see cref="TargetTenant"/>) agreement.</summary>
public sealed record OverflowAgreementAccepted(
    string TenantId,
    string SourceTenant,
    string TargetTenant,
    string AgreementId,
    string AcceptedBy,
    DateTimeOffset AcceptedAt) : ICrossTenantEvent;
