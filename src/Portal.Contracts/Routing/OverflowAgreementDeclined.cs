namespace Portal.Contracts.Routing;

/// <summary>The partner (<see cref="SourceTenant"/>) declined the proposer's (<see cref="TargetTenant"/>) agreement.</summary>
public sealed record OverflowAgreementDeclined(
    string TenantId,
    string SourceTenant,
    string TargetTenant,
    string AgreementId,
    string DeclinedBy,
    DateTimeOffset DeclinedAt,
    string Reason) : ICrossTenantEvent;
