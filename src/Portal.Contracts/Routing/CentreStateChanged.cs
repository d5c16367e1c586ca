namespace Portal.Contracts.Routing;

/// <summary>
/// The telephony platform reports a contact centre's service state (NENA i3): <c>Normal</c>, <c>Degraded</c>,
/// <c>MajorIncidentInProgress</c>, <c>Unstaffed</c> or <c>Down</c>, with the platform's reason.
/// <see cref="ReportedBy"/> names the sender (the API client's id, or the simulator) for the centre's audited history.
/// </summary>
public sealed record CentreStateChanged(
    string TenantId,
    string CentreCode,
    string State,
    string Reason,
    string ReportedBy,
    DateTimeOffset ChangedAt) : IIntegrationEvent;
