namespace Portal.Contracts.Routing;

/// <summary>Either force (<see cref="SourceTenant"/>) ended the agreement; no call may overflow under it any more.</summary>
public sealed record OverflowAgreementRevoked(
    string TenantId,
    string SourceTenant,
    string TargetTenant,
    string AgreementId,
    string RevokedBy,
    DateTimeOffset RevokedAt,
    string Reason) : ICrossTenantEvent;
