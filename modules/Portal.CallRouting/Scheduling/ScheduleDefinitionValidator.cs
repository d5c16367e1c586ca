using System.Globalization;

namespace Portal.CallRouting.Scheduling;

/// <summary>
/// The checks <see cref="ScheduleCalendar.Compile"/> makes, offered on their own so an API can answer bad input
/// with field paths instead of an exception.
/// </summary>
public static class ScheduleDefinitionValidator
{
    public static IReadOnlyList<ScheduleProblem> Validate(ScheduleDefinition schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var problems = new List<ScheduleProblem>();

        if (schedule.Week is null)
        {
            problems.Add(new("week", "is required (an empty list means never open by the week)."));
        }
        else
        {
            for (var i = 0; i < schedule.Week.Count; i++)
            {
                var day = schedule.Week[i];
                if (day is null)
                {
                    problems.Add(new($"week[{i}]", "must not be null."));
                    continue;
                }
                if (!Enum.IsDefined(day.Day))
                {
                    problems.Add(new($"week[{i}].day", "is not a day of the week."));
                }
                CheckPeriods(day.Periods, $"week[{i}].periods", problems);
            }
        }

        if (schedule.Overrides is null)
        {
            problems.Add(new("overrides", "is required (an empty list means no date overrides)."));
        }
        else
        {
            var seen = new HashSet<DateOnly>();
            for (var i = 0; i < schedule.Overrides.Count; i++)
            {
                var dateOverride = schedule.Overrides[i];
                if (dateOverride is null)
                {
                    problems.Add(new($"overrides[{i}]", "must not be null."));
                    continue;
                }
                if (!seen.Add(dateOverride.Date))
                {
                    // Two sets of hours for one date: which one routes calls would be an accident of ordering.
                    problems.Add(new($"overrides[{i}].date", $"{dateOverride.Date:yyyy-MM-dd} already has an override."));
                }
                CheckPeriods(dateOverride.Periods, $"overrides[{i}].periods", problems);
            }
        }

        return problems;
    }

    private static void CheckPeriods(IReadOnlyList<OpeningPeriod>? periods, string path, List<ScheduleProblem> problems)
    {
        if (periods is null)
        {
            problems.Add(new(path, "is required (an empty list means closed all day)."));
            return;
        }
        for (var j = 0; j < periods.Count; j++)
        {
            var period = periods[j];
            if (period is null)
            {
                problems.Add(new($"{path}[{j}]", "must not be null."));
            }
            else if (period.Closes != TimeOnly.MinValue && period.Closes <= period.Opens)
            {
                problems.Add(new($"{path}[{j}].closes",
                    $"must be after opens ({period.Opens.ToString("HH:mm", CultureInfo.InvariantCulture)}); use 00:00 for midnight and split a night shift into two periods."));
            }
        }
    }
}
