namespace Portal.CallRouting.Scheduling;

/// <summary>The periods a queue is open on one day of an ordinary week. A day with no entry is closed.</summary>
public sealed record WeeklyOpening(DayOfWeek Day, IReadOnlyList<OpeningPeriod> Periods);
