using System.Globalization;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Plans.Validation;

/// <summary>
/// The hours of the coming week in which a 999 queue has no serving centre that is staffed (by its centre's schedule;
/// a centre without one is staffed around the clock) and not Down. Checked over the 7 days from the start of the hour
/// of validation, so bank holidays and date overrides of that week count.
/// </summary>
internal static class EmergencyCover
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The gaps (UTC, sorted) in the cover of <paramref name="queue"/> over the week from <paramref name="now"/>.</summary>
    public static IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> Gaps(
        CallQueue queue, RoutingConfiguration configuration, IReadOnlyDictionary<string, CentreStatus> states, DateTimeOffset now)
    {
        var from = new DateTimeOffset(now.UtcDateTime.Date.AddHours(now.UtcDateTime.Hour), TimeSpan.Zero);
        var to = from + Window;
        var covered = new List<(DateTimeOffset From, DateTimeOffset To)>();
        foreach (var serving in queue.ServingCentres)
        {
            var centre = configuration.Centre(serving.CentreCode);
            if (centre is null || states.GetValueOrDefault(centre.Code)?.State == CentreServiceState.Down)
            {
                continue;
            }

            if (centre.ScheduleCode is null)
            {
                return [];
            }

            if (configuration.Schedule(centre.ScheduleCode) is { } schedule)
            {
                covered.AddRange(ScheduleCalendar.OpenIntervals(schedule, from, to));
            }
        }

        var gaps = new List<(DateTimeOffset From, DateTimeOffset To)>();
        var cursor = from;
        foreach (var (start, end) in covered.OrderBy(c => c.From))
        {
            if (start > cursor)
            {
                gaps.Add((cursor, start < to ? start : to));
            }

            if (end > cursor)
            {
                cursor = end;
            }

            if (cursor >= to)
            {
                break;
            }
        }

        if (cursor < to)
        {
            gaps.Add((cursor, to));
        }

        return gaps.Where(g => g.To > g.From).ToList();
    }

    /// <summary>A gap in London local time, as "Sat 28 Nov 02:00 to Sat 28 Nov 06:00".</summary>
    public static string Describe((DateTimeOffset From, DateTimeOffset To) gap) =>
        $"{Local(gap.From)} to {Local(gap.To)}";

    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, London).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
