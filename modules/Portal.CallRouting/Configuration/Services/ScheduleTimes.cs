using System.Globalization;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// Reads and checks opening periods: times are <c>HH:mm</c>; a period opens before it closes, except that closing at
/// <c>00:00</c> means midnight at the end of the day; periods of one day do not overlap (touching is fine).
/// </summary>
public static class ScheduleTimes
{
    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static TimeOnly? Parse(string? text) =>
        text is { Length: 5 } && TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : null;

    /// <summary>The periods, sorted by opening time, or null with errors under <paramref name="path"/>.</summary>
    public static List<OpeningPeriod>? ReadPeriods(IReadOnlyList<OpeningPeriodInput?>? input, string path, FieldErrors errors)
    {
        if (input is null)
        {
            return [];
        }

        if (input.Count > ConfigurationLimits.MaxPeriodsPerDay)
        {
            errors.Add(path, $"A day has at most {ConfigurationLimits.MaxPeriodsPerDay} periods.");
            return null;
        }

        var periods = new List<(int Index, OpeningPeriod Period)>();
        for (var i = 0; i < input.Count; i++)
        {
            var at = $"{path}[{i}]";
            var item = input[i];
            if (item is null)
            {
                errors.Add(at, "Give the period's opening and closing times.");
                continue;
            }

            var opens = Parse(item.Opens);
            var closes = Parse(item.Closes);
            if (opens is null)
            {
                errors.Add(at + ".opens", "Enter the opening time as HH:mm, for example 08:00.");
            }

            if (closes is null)
            {
                errors.Add(at + ".closes", "Enter the closing time as HH:mm, for example 20:00 (00:00 for midnight).");
            }

            if (opens is null || closes is null)
            {
                continue;
            }

            if (closes.Value != TimeOnly.MinValue && closes.Value <= opens.Value)
            {
                errors.Add(at + ".closes", "The closing time must be after the opening time (00:00 means midnight; write two periods for a night shift).");
                continue;
            }

            periods.Add((i, new OpeningPeriod(opens.Value, closes.Value)));
        }

        var sorted = periods.OrderBy(p => p.Period.Opens).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Period.Opens.ToTimeSpan() < EndOf(sorted[i - 1].Period))
            {
                errors.Add($"{path}[{sorted[i].Index}]", $"This period overlaps the period from {Format(sorted[i - 1].Period.Opens)} to {Format(sorted[i - 1].Period.Closes)}.");
            }
        }

        return errors.Any ? null : sorted.Select(p => p.Period).ToList();
    }

    // Closing at 00:00 is the end of the day, after every other time of it.
    private static TimeSpan EndOf(OpeningPeriod period) =>
        period.Closes == TimeOnly.MinValue ? TimeSpan.FromDays(1) : period.Closes.ToTimeSpan();
}
