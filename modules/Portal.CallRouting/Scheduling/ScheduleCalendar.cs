using System.Runtime.CompilerServices;

namespace Portal.CallRouting.Scheduling;

/// <summary>
/// Whether a schedule is open at an instant, and when it is open over a span, in Europe/London local time across
/// clock changes, with England and Wales bank holidays, date overrides and the manual override.
/// </summary>
/// <remarks>
/// The convenience methods compile a definition on first use and keep the compiled form alongside that instance
/// (definitions are immutable records), so repeated calls with the same instance allocate nothing. Hot paths that
/// hold a plan should keep a <see cref="CompiledSchedule"/> from <see cref="Compile"/> themselves.
/// </remarks>
public static class ScheduleCalendar
{
    private static readonly ConditionalWeakTable<ScheduleDefinition, CompiledSchedule> CompiledByInstance = [];

    /// <summary>Prepares a definition for fast evaluation.</summary>
    /// <exception cref="ArgumentException">The definition has problems (see <see cref="ScheduleDefinitionValidator"/>).</exception>
    /// <exception cref="InvalidOperationException">The machine has no Europe/London time zone data.</exception>
    public static CompiledSchedule Compile(ScheduleDefinition schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new CompiledSchedule(schedule);
    }

    /// <summary>Whether <paramref name="schedule"/> is open at <paramref name="at"/> (any offset; compared in Europe/London).</summary>
    public static bool IsOpen(ScheduleDefinition schedule, DateTimeOffset at) => CompiledFor(schedule).IsOpen(at);

    /// <summary>The open intervals (UTC, sorted, merged) of <paramref name="schedule"/> between two instants.</summary>
    public static IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> OpenIntervals(ScheduleDefinition schedule, DateTimeOffset from, DateTimeOffset to) =>
        CompiledFor(schedule).OpenIntervals(from, to);

    private static CompiledSchedule CompiledFor(ScheduleDefinition schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return CompiledByInstance.GetValue(schedule, static s => new CompiledSchedule(s));
    }
}
