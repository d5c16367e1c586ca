namespace Portal.CallRouting.Scheduling;

/// <summary>
/// Whether a schedule is open at an instant, and when it is open over a span, in Europe/London local time across
/// clock changes, with England and Wales bank holidays, date overrides and the manual override.
/// </summary>
public static class ScheduleCalendar
{
    /// <summary>Whether <paramref name="schedule"/> is open at <paramref name="at"/> (any offset; compared in Europe/London).</summary>
    public static bool IsOpen(ScheduleDefinition schedule, DateTimeOffset at) =>
        throw new NotImplementedException("Being written on lane/schedules.");

    /// <summary>The open intervals (UTC, sorted, merged) of <paramref name="schedule"/> between two instants.</summary>
    public static IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> OpenIntervals(ScheduleDefinition schedule, DateTimeOffset from, DateTimeOffset to) =>
        throw new NotImplementedException("Being written on lane/schedules.");
}
