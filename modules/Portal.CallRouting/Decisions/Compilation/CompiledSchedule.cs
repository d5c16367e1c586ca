using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>
/// A schedule made fast to ask: the open intervals of a window around the instants asked about are computed once with
/// <see cref="ScheduleCalendar.OpenIntervals"/> and then answered by binary search. The window is an immutable array
/// swapped in whole, so readers on any thread see either the old window or the new one, never half of one; asking
/// outside the window computes a new one (a decision about a date far from the last one asked costs one computation).
/// </summary>
public sealed class CompiledSchedule
{
    // A week either side covers every decision made "now" for a week after the plan was compiled.
    private static readonly TimeSpan WindowBefore = TimeSpan.FromDays(1);
    private static readonly TimeSpan WindowAfter = TimeSpan.FromDays(8);

    private readonly ScheduleDefinition _definition;
    private Window? _window;

    public CompiledSchedule(ScheduleDefinition definition)
    {
        _definition = definition;
    }

    public string Code => _definition.Code;

    public bool IsOpen(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        var window = Volatile.Read(ref _window);
        if (window is null || ticks < window.FromTicks || ticks >= window.ToTicks)
        {
            window = Compute(at);
            Volatile.Write(ref _window, window);
        }

        return window.Contains(ticks);
    }

    private Window Compute(DateTimeOffset at)
    {
        var from = at - WindowBefore;
        var to = at + WindowAfter;
        // A manual override that ends inside the window is part of the calendar's answer; one that ends later
        // than the window is too. Either way the intervals below are the calendar's own, so nothing is re-derived.
        var intervals = ScheduleCalendar.OpenIntervals(_definition, from, to);
        var starts = new long[intervals.Count];
        var ends = new long[intervals.Count];
        for (var i = 0; i < intervals.Count; i++)
        {
            starts[i] = intervals[i].From.UtcTicks;
            ends[i] = intervals[i].To.UtcTicks;
        }

        return new Window(from.UtcTicks, to.UtcTicks, starts, ends);
    }

    private sealed class Window(long fromTicks, long toTicks, long[] starts, long[] ends)
    {
        public long FromTicks { get; } = fromTicks;

        public long ToTicks { get; } = toTicks;

        public bool Contains(long ticks)
        {
            // The last interval starting at or before the instant is the only one that can hold it.
            var index = Array.BinarySearch(starts, ticks);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return index >= 0 && ticks < ends[index];
        }
    }
}
