namespace Portal.CallRouting.Domain;

/// <summary>
/// A contact centre of the force as configured: its code (what rules and events name it by), its name, how many
/// positions it staffs and, when it is not staffed around the clock, the schedule of its staffed hours. Its service
/// state is live state (<see cref="ICentreServiceStates"/>), not configuration.
/// </summary>
public sealed record ContactCentre(string Code, string Name, int StaffedPositions, string? ScheduleCode);
