using System.Globalization;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Tests.Scheduling;

/// <summary>Short ways to write schedules and instants in the scheduling tests.</summary>
internal static class ScheduleExamples
{
    public static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    /// <summary>One period such as "08:00-18:00" (local Europe/London time; "-00:00" is midnight).</summary>
    public static OpeningPeriod Period(string span)
    {
        var parts = span.Split('-');
        return new OpeningPeriod(TimeOnly.Parse(parts[0], CultureInfo.InvariantCulture), TimeOnly.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public static ScheduleDefinition Schedule(
        IEnumerable<DayOfWeek> days,
        string span,
        bool closedOnBankHolidays = false,
        IReadOnlyList<HolidayOverride>? overrides = null,
        ManualOverride? manual = null) =>
        new("TEST", "Test hours", [.. days.Select(d => new WeeklyOpening(d, [Period(span)]))], closedOnBankHolidays, overrides ?? [], manual);

    public static ScheduleDefinition Schedule(params WeeklyOpening[] week) => new("TEST", "Test hours", week, false, [], null);

    public static WeeklyOpening Day(DayOfWeek day, params string[] spans) => new(day, [.. spans.Select(Period)]);

    /// <summary>The 999 shape: open 24 hours every day.</summary>
    public static ScheduleDefinition AlwaysOpen() => Schedule(EveryDay, "00:00-00:00");

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
