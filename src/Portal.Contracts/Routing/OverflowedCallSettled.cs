namespace Portal.Contracts.Routing;

/// <summary>
/// The partner (<see cref="SourceTenant"/>) tells the force that overflowed call <see cref="CallId"/> to it under
/// agreement <see cref="AgreementId"/> (<see cref="TargetTenant"/>) that the call no longer waits there:
/// <see cref="Outcome"/> is <c>answered</c> or <c>abandoned</c>, as the partner's own telephony reported it. The
/// overflowing force then stops counting the call against the agreement's maximum concurrent calls.
/// </summary>
public sealed record OverflowedCallSettled(
    string TenantId,
    string SourceTenant,
    string TargetTenant,
    string AgreementId,
    string CallId,
    string Outcome,
    DateTimeOffset SettledAt) : ICrossTenantEvent;
