namespace Portal.CallRouting.Domain;

/// <summary>
/// A contact centre's service state, in the NENA i3 sense: what the centre can take now. Changed by a person with a
/// reason, or by the telephony platform's <c>CentreStateChanged</c> event.
/// </summary>
public enum CentreServiceState
{
    Normal,
    Degraded,
    MajorIncidentInProgress,
    Unstaffed,
    Down,
}
