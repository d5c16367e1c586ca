namespace Portal.CallRouting.Domain;

/// <summary>
/// A contact centre of the force as configured: its code (what rules and events name it by), its name and how many
/// positions it staffs. Its service state is live state (<see cref="Live.CentreLiveState"/>), not configuration.
/// </summary>
public sealed record ContactCentre(string Code, string Name, int StaffedPositions);
