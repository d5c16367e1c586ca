namespace Portal.CallRouting.Scheduling;

/// <summary>
/// Europe/London wall-clock time from UTC, fast enough for the routing evaluator. The zone's offsets are read once per
/// year from the operating system's time zone data (tzdata) and kept as a short list of constant-offset segments, so
/// a lookup is a year index and a scan of at most a few entries, with no allocation.
/// </summary>
internal static class LondonClock
{
    public const string ZoneId = "Europe/London";

    private static TimeZoneInfo? zone;
    private static readonly OffsetYear?[] Years = new OffsetYear?[DateTime.MaxValue.Year + 1];

    /// <summary>The Europe/London zone; throws a clear error when the machine has no time zone data for it.</summary>
    public static TimeZoneInfo Zone => zone ??= Resolve(ZoneId);

    /// <summary>Europe/London local ticks at a UTC instant (both as <see cref="DateTime"/> ticks).</summary>
    public static long ToLocalTicks(long utcTicks)
    {
        var local = utcTicks + OffsetYear.For(utcTicks).OffsetAt(utcTicks);
        // Only the first and last days of the calendar can leave the range; clamping keeps them evaluable.
        return Math.Clamp(local, 0, DateTime.MaxValue.Ticks);
    }

    /// <summary>
    /// The pieces of the UTC span [<paramref name="fromUtc"/>, <paramref name="toUtc"/>) over which the UTC offset
    /// stays the same: within a piece local time runs straight, so a local interval maps back by one subtraction.
    /// </summary>
    public static List<(long FromUtc, long ToUtc, long Offset)> Segments(long fromUtc, long toUtc)
    {
        var result = new List<(long, long, long)>();
        var cursor = fromUtc;
        while (cursor < toUtc)
        {
            var year = OffsetYear.For(cursor);
            var (segmentEnd, offset) = year.SegmentAt(cursor);
            var end = Math.Min(segmentEnd, toUtc);
            result.Add((cursor, end, offset));
            cursor = end;
        }
        return result;
    }

    /// <summary>The zone <paramref name="id"/>, or an error that says what to install.</summary>
    internal static TimeZoneInfo Resolve(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Opening hours are wall-clock times in London: guessing UTC would open and close queues an hour out
            // for half the year, so refuse to evaluate instead.
            throw new InvalidOperationException(
                $"The time zone \"{id}\" is not available on this machine, so opening hours cannot be evaluated. " +
                "Install the IANA time zone data (Debian/Ubuntu: apt-get install tzdata; containers: include tzdata) " +
                "or point TZDIR at it.", ex);
        }
    }

    /// <summary>The constant-offset segments of one UTC calendar year.</summary>
    private sealed class OffsetYear
    {
        private readonly long[] starts;
        private readonly long[] offsets;
        private readonly long end;

        private OffsetYear(long[] starts, long[] offsets, long end)
        {
            this.starts = starts;
            this.offsets = offsets;
            this.end = end;
        }

        public static OffsetYear For(long utcTicks)
        {
            var year = new DateTime(utcTicks, DateTimeKind.Utc).Year;
            // A benign race: two threads may both build a year; both results are equal and either one is kept.
            return Volatile.Read(ref Years[year]) ?? (Years[year] = Build(year));
        }

        public long OffsetAt(long utcTicks)
        {
            var i = starts.Length - 1;
            while (starts[i] > utcTicks)
            {
                i--;
            }
            return offsets[i];
        }

        public (long End, long Offset) SegmentAt(long utcTicks)
        {
            var i = starts.Length - 1;
            while (starts[i] > utcTicks)
            {
                i--;
            }
            return (i + 1 < starts.Length ? starts[i + 1] : end, offsets[i]);
        }

        private static OffsetYear Build(int year)
        {
            var tz = Zone;
            var start = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
            var end = year == DateTime.MaxValue.Year ? DateTime.MaxValue.Ticks + 1 : new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
            var starts = new List<long> { start };
            var offsets = new List<long> { OffsetTicks(tz, start) };

            // Walk the year a UTC day at a time; where a day's first and last ticks differ in offset, find the
            // change by bisection. Europe/London changes at most twice a year and never twice in one day.
            for (var dayStart = start; dayStart < end; dayStart += TimeSpan.TicksPerDay)
            {
                var dayLast = Math.Min(dayStart + TimeSpan.TicksPerDay, end) - 1;
                var atStart = OffsetTicks(tz, dayStart);
                if (atStart != offsets[^1])
                {
                    starts.Add(dayStart);
                    offsets.Add(atStart);
                }
                var atLast = OffsetTicks(tz, dayLast);
                if (atLast == atStart)
                {
                    continue;
                }
                long low = dayStart, high = dayLast; // offset(low) == atStart, offset(high) == atLast
                while (high - low > 1)
                {
                    var middle = low + ((high - low) / 2);
                    if (OffsetTicks(tz, middle) == atStart)
                    {
                        low = middle;
                    }
                    else
                    {
                        high = middle;
                    }
                }
                starts.Add(high);
                offsets.Add(atLast);
            }
            return new OffsetYear([.. starts], [.. offsets], end);
        }

        private static long OffsetTicks(TimeZoneInfo tz, long utcTicks) =>
            tz.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
    }
}
