using System.Collections.Frozen;

namespace Portal.CallRouting.Scheduling;

/// <summary>
/// A <see cref="ScheduleDefinition"/> prepared for the routing evaluator: each weekday's and each override date's
/// opening as sorted, merged tick-of-day ranges, the manual override as a UTC window, and the bank holidays from a
/// per-year cache. <see cref="IsOpen(DateTimeOffset)"/> allocates nothing. Build one with <see cref="ScheduleCalendar.Compile"/>.
/// </summary>
/// <remarks>
/// Precedence, highest first: the manual override while it lasts (from <see cref="ManualOverride.SetAt"/> until
/// <see cref="ManualOverride.Until"/>, for ever when no end), a date override, a bank holiday when
/// <see cref="ScheduleDefinition.ClosedOnBankHolidays"/>, the weekly hours. Hours are Europe/London wall-clock time:
/// an instant is open when its local time lies in a period of its local date, so in the autumn the repeated hour is
/// open both times a period covers it, and in spring the missing hour is simply never reached.
/// </remarks>
public sealed class CompiledSchedule
{
    private static readonly long[] Closed = [];

    private readonly long[][] week;
    private readonly FrozenDictionary<int, long[]> overrides;
    private readonly int firstOverrideDay;
    private readonly int lastOverrideDay;
    private readonly bool closedOnBankHolidays;
    private readonly bool hasManual;
    private readonly bool manualOpen;
    private readonly long manualFromUtc;
    private readonly long manualUntilUtc;

    internal CompiledSchedule(ScheduleDefinition schedule)
    {
        var problems = ScheduleDefinitionValidator.Validate(schedule);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"Schedule \"{schedule.Code}\" cannot be evaluated: " + string.Join("; ", problems.Select(p => $"{p.Path} {p.Reason}")),
                nameof(schedule));
        }
        _ = LondonClock.Zone; // fail now, clearly, rather than on the first call routed

        Definition = schedule;
        week = new long[7][];
        for (var day = 0; day < 7; day++)
        {
            week[day] = Ranges(schedule.Week.Where(w => (int)w.Day == day).SelectMany(w => w.Periods));
        }
        overrides = schedule.Overrides.ToFrozenDictionary(o => o.Date.DayNumber, o => Ranges(o.Periods));
        firstOverrideDay = overrides.Count == 0 ? int.MaxValue : overrides.Keys.Min();
        lastOverrideDay = overrides.Count == 0 ? int.MinValue : overrides.Keys.Max();
        closedOnBankHolidays = schedule.ClosedOnBankHolidays;
        if (schedule.Manual is { } manual)
        {
            hasManual = true;
            manualOpen = manual.Mode == ManualOverrideMode.ForceOpen;
            manualFromUtc = manual.SetAt.UtcTicks;
            manualUntilUtc = manual.Until?.UtcTicks ?? long.MaxValue;
        }
    }

    /// <summary>The definition this was compiled from.</summary>
    public ScheduleDefinition Definition { get; }

    /// <summary>Whether the schedule is open at <paramref name="at"/> (any offset; compared in Europe/London).</summary>
    public bool IsOpen(DateTimeOffset at)
    {
        var utc = at.UtcTicks;
        return IsOpen(utc, LondonClock.ToLocalTicks(utc));
    }

    /// <summary>
    /// <see cref="IsOpen(DateTimeOffset)"/> with the instant's Europe/London time already worked out
    /// (<see cref="LondonClock.ToLocalTicks"/> of <paramref name="utc"/>): the routing evaluator converts a call's time
    /// once and asks every schedule with it, rather than converting once per schedule.
    /// </summary>
    internal bool IsOpen(long utc, long local)
    {
        if (hasManual && utc >= manualFromUtc && utc < manualUntilUtc)
        {
            return manualOpen;
        }
        var ranges = RangesOn((int)(local / TimeSpan.TicksPerDay));
        var timeOfDay = local % TimeSpan.TicksPerDay;
        for (var i = 0; i < ranges.Length; i += 2)
        {
            if (timeOfDay < ranges[i])
            {
                return false; // ranges are sorted: nothing later can contain it
            }
            if (timeOfDay < ranges[i + 1])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The open intervals between <paramref name="from"/> and <paramref name="to"/> as UTC instants, sorted, with
    /// touching or overlapping intervals merged (so 24 hours every day is one interval however long the span).
    /// </summary>
    public IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> OpenIntervals(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The end ({to:O}) is before the start ({from:O}).", nameof(to));
        }
        long fromUtc = from.UtcTicks, toUtc = to.UtcTicks;
        var open = new List<(long From, long To)>();

        // Within a segment of constant offset local time runs straight, so each local period maps back to one UTC
        // interval; the repeated autumn hour lies in two segments and so is found twice.
        foreach (var (segmentFrom, segmentTo, offset) in LondonClock.Segments(fromUtc, toUtc))
        {
            long localFrom = segmentFrom + offset, localTo = segmentTo + offset;
            for (var day = localFrom / TimeSpan.TicksPerDay; day * TimeSpan.TicksPerDay < localTo; day++)
            {
                var dayStart = day * TimeSpan.TicksPerDay;
                var ranges = RangesOn((int)day);
                for (var i = 0; i < ranges.Length; i += 2)
                {
                    var start = Math.Max(dayStart + ranges[i], localFrom);
                    var end = Math.Min(dayStart + ranges[i + 1], localTo);
                    if (start < end)
                    {
                        open.Add((start - offset, end - offset));
                    }
                }
            }
        }

        if (hasManual)
        {
            var windowFrom = Math.Max(manualFromUtc, fromUtc);
            var windowTo = Math.Min(manualUntilUtc, toUtc);
            if (windowFrom < windowTo)
            {
                open = manualOpen ? [.. open, (windowFrom, windowTo)] : Without(open, windowFrom, windowTo);
            }
        }

        return Merge(open);
    }

    /// <summary>The opening ranges of a local date (by <see cref="DateOnly.DayNumber"/>), after overrides and holidays.</summary>
    private long[] RangesOn(int dayNumber)
    {
        // Overrides are few and clustered: the range test spares the lookup on every other day.
        if (dayNumber >= firstOverrideDay && dayNumber <= lastOverrideDay && overrides.TryGetValue(dayNumber, out var dateRanges))
        {
            return dateRanges;
        }
        if (closedOnBankHolidays && EnglandAndWalesBankHolidays.IsKnownBankHoliday(dayNumber))
        {
            return Closed;
        }
        // Day number 0 (1 January 0001) was a Monday.
        return week[(dayNumber + 1) % 7];
    }

    /// <summary>Periods as sorted, merged [start, end) tick-of-day pairs; a close of 00:00 is the end of the day.</summary>
    private static long[] Ranges(IEnumerable<OpeningPeriod> periods)
    {
        var pairs = periods
            .Select(p => (From: p.Opens.Ticks, To: p.Closes == TimeOnly.MinValue ? TimeSpan.TicksPerDay : p.Closes.Ticks))
            .OrderBy(p => p.From)
            .ToList();
        var merged = new List<long>();
        foreach (var (start, end) in pairs)
        {
            if (merged.Count > 0 && start <= merged[^1])
            {
                merged[^1] = Math.Max(merged[^1], end);
            }
            else
            {
                merged.Add(start);
                merged.Add(end);
            }
        }
        return merged.Count == 0 ? Closed : [.. merged];
    }

    private static List<(long From, long To)> Without(List<(long From, long To)> intervals, long cutFrom, long cutTo)
    {
        var result = new List<(long, long)>();
        foreach (var (start, end) in intervals)
        {
            if (start < cutFrom)
            {
                result.Add((start, Math.Min(end, cutFrom)));
            }
            if (end > cutTo)
            {
                result.Add((Math.Max(start, cutTo), end));
            }
        }
        return result;
    }

    private static List<(DateTimeOffset From, DateTimeOffset To)> Merge(List<(long From, long To)> intervals)
    {
        intervals.Sort();
        var merged = new List<(DateTimeOffset From, DateTimeOffset To)>();
        long currentFrom = 0, currentTo = 0;
        var any = false;
        foreach (var (start, end) in intervals)
        {
            if (any && start <= currentTo)
            {
                currentTo = Math.Max(currentTo, end);
                continue;
            }
            if (any)
            {
                merged.Add((new DateTimeOffset(currentFrom, TimeSpan.Zero), new DateTimeOffset(currentTo, TimeSpan.Zero)));
            }
            (currentFrom, currentTo, any) = (start, end, true);
        }
        if (any)
        {
            merged.Add((new DateTimeOffset(currentFrom, TimeSpan.Zero), new DateTimeOffset(currentTo, TimeSpan.Zero)));
        }
        return merged;
    }
}
