using Portal.CallRouting.Scheduling;
using static Portal.CallRouting.Tests.Scheduling.ScheduleExamples;

namespace Portal.CallRouting.Tests.Scheduling;

/// <summary>
/// Opening hours are London wall-clock times: the same hours are different UTC instants in GMT and BST, the hour
/// skipped in March is never open, and the hour repeated in October is open both times a period covers it.
/// </summary>
public sealed class ScheduleClockChangeTests
{
    [Fact]
    public void The_same_hours_are_an_hour_earlier_in_utc_during_summer_time()
    {
        var office = Schedule(Weekdays, "08:00-18:00");

        // Winter (GMT = UTC): 08:00 local is 08:00Z.
        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2026, 1, 14, 7, 59, 59)));
        Assert.True(ScheduleCalendar.IsOpen(office, Utc(2026, 1, 14, 8)));
        Assert.True(ScheduleCalendar.IsOpen(office, Utc(2026, 1, 14, 17, 59, 59)));
        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2026, 1, 14, 18)));

        // Summer (BST = UTC+1): 08:00 local is 07:00Z.
        Assert.True(ScheduleCalendar.IsOpen(office, Utc(2026, 7, 15, 7)));
        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2026, 7, 15, 17)));
        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2026, 7, 15, 6, 59, 59)));
    }

    [Fact]
    public void An_instant_given_with_another_offset_is_judged_by_its_london_time()
    {
        var office = Schedule(Weekdays, "08:00-18:00");

        // 09:30 in Paris (UTC+2 in summer) is 08:30 in London.
        Assert.True(ScheduleCalendar.IsOpen(office, new DateTimeOffset(2026, 7, 15, 9, 30, 0, TimeSpan.FromHours(2))));
        // 08:30 in Paris is 07:30 in London.
        Assert.False(ScheduleCalendar.IsOpen(office, new DateTimeOffset(2026, 7, 15, 8, 30, 0, TimeSpan.FromHours(2))));
    }

    [Theory]
    [InlineData(2026, 3, 29)]
    [InlineData(2025, 3, 30)]
    [InlineData(2027, 3, 28)]
    public void In_the_spring_gap_a_period_is_open_only_until_the_clocks_jump(int year, int month, int day)
    {
        // 00:30-01:30 local on the day the clocks go forward at 01:00 GMT: 00:30-01:00 exists, 01:00-02:00 does not.
        var schedule = Schedule(Day(DayOfWeek.Sunday, "00:30-01:30"));

        Assert.False(ScheduleCalendar.IsOpen(schedule, Utc(year, month, day, 0, 29, 59)));
        Assert.True(ScheduleCalendar.IsOpen(schedule, Utc(year, month, day, 0, 30)));
        Assert.True(ScheduleCalendar.IsOpen(schedule, Utc(year, month, day, 0, 59, 59)));
        Assert.False(ScheduleCalendar.IsOpen(schedule, Utc(year, month, day, 1))); // 02:00 BST

        var intervals = ScheduleCalendar.OpenIntervals(schedule, Utc(year, month, day).AddDays(-1), Utc(year, month, day).AddDays(1));
        Assert.Equal([(Utc(year, month, day, 0, 30), Utc(year, month, day, 1))], intervals);
    }

    [Fact]
    public void A_period_that_starts_inside_the_spring_gap_opens_when_the_clocks_jump()
    {
        var schedule = Schedule(Day(DayOfWeek.Sunday, "01:30-03:00"));

        Assert.False(ScheduleCalendar.IsOpen(schedule, Utc(2026, 3, 29, 0, 59, 59))); // 00:59 GMT
        Assert.True(ScheduleCalendar.IsOpen(schedule, Utc(2026, 3, 29, 1)));         // 02:00 BST
        Assert.False(ScheduleCalendar.IsOpen(schedule, Utc(2026, 3, 29, 2)));        // 03:00 BST

        Assert.Equal(
            [(Utc(2026, 3, 29, 1), Utc(2026, 3, 29, 2))],
            ScheduleCalendar.OpenIntervals(schedule, Utc(2026, 3, 28), Utc(2026, 3, 30)));
    }

    [Theory]
    [InlineData(2026, 10, 25)]
    [InlineData(2025, 10, 26)]
    [InlineData(2027, 10, 31)]
    public void In_the_autumn_both_occurrences_of_the_repeated_hour_are_open(int year, int month, int day)
    {
        // The clocks go back at 01:00 GMT: 01:00-02:00 local happens at 00:00Z (BST) and again at 01:00Z (GMT).
        var schedule = Schedule(Day(DayOfWeek.Sunday, "01:00-02:00"));

        Assert.False(ScheduleCalendar.IsOpen(schedule, Utc(year, month, day).AddSeconds(-1))); // 00:59 BST
        Assert.True(ScheduleCalendar.IsOpen(schedule, Utc(year, month, day, 0)));               // 01:00 BST
        Assert.True(ScheduleCalendar.IsOpen(schedule, Utc(year, month, day, 0, 59, 59)));       // 01:59 BST
        Assert.True(ScheduleCalendar.IsOpen(schedule, Utc(year, month, day, 1)));               // 01:00 GMT
        Assert.True(ScheduleCalendar.IsOpen(schedule, Utc(year, month, day, 1, 59, 59)));       // 01:59 GMT
        Assert.False(ScheduleCalendar.IsOpen(schedule, Utc(year, month, day, 2)));              // 02:00 GMT

        var intervals = ScheduleCalendar.OpenIntervals(schedule, Utc(year, month, day).AddDays(-1), Utc(year, month, day).AddDays(1));
        Assert.Equal([(Utc(year, month, day, 0), Utc(year, month, day, 2))], intervals);
    }

    [Fact]
    public void A_period_covering_only_part_of_the_repeated_hour_is_open_twice()
    {
        var schedule = Schedule(Day(DayOfWeek.Sunday, "01:30-02:00"));

        var intervals = ScheduleCalendar.OpenIntervals(schedule, Utc(2026, 10, 24), Utc(2026, 10, 26));

        Assert.Equal(
            [(Utc(2026, 10, 25, 0, 30), Utc(2026, 10, 25, 1)), (Utc(2026, 10, 25, 1, 30), Utc(2026, 10, 25, 2))],
            intervals);
        Assert.False(ScheduleCalendar.IsOpen(schedule, Utc(2026, 10, 25, 1, 15))); // 01:15 GMT, second time round
    }

    [Fact]
    public void A_whole_day_is_23_hours_in_march_and_25_hours_in_october()
    {
        var sundays = Schedule(Day(DayOfWeek.Sunday, "00:00-00:00"));

        var spring = ScheduleCalendar.OpenIntervals(sundays, Utc(2026, 3, 28), Utc(2026, 3, 31));
        var autumn = ScheduleCalendar.OpenIntervals(sundays, Utc(2026, 10, 24), Utc(2026, 10, 27));

        Assert.Equal([(Utc(2026, 3, 29, 0), Utc(2026, 3, 29, 23))], spring);
        Assert.Equal([(Utc(2026, 10, 24, 23), Utc(2026, 10, 26, 0))], autumn);
    }

    [Fact]
    public void A_period_ending_at_00_00_runs_to_midnight()
    {
        var evenings = Schedule(Day(DayOfWeek.Friday, "18:00-00:00"));

        // Friday 16 January 2026 (GMT).
        Assert.True(ScheduleCalendar.IsOpen(evenings, Utc(2026, 1, 16, 23, 59, 59)));
        Assert.False(ScheduleCalendar.IsOpen(evenings, Utc(2026, 1, 17, 0)));
        Assert.False(ScheduleCalendar.IsOpen(evenings, Utc(2026, 1, 16, 17, 59, 59)));
        // Friday 17 July 2026 (BST): midnight local is 23:00Z.
        Assert.True(ScheduleCalendar.IsOpen(evenings, Utc(2026, 7, 17, 22, 59, 59)));
        Assert.False(ScheduleCalendar.IsOpen(evenings, Utc(2026, 7, 17, 23)));
    }

    [Fact]
    public void London_time_agrees_with_the_operating_systems_zone_every_hour_for_a_decade()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var disagreements = new List<DateTimeOffset>();
        for (var at = Utc(2020, 1, 1); at < Utc(2031, 1, 1); at = at.AddMinutes(59))
        {
            var expected = TimeZoneInfo.ConvertTime(at, zone).DateTime.Ticks;
            if (LondonClock.ToLocalTicks(at.UtcTicks) != expected)
            {
                disagreements.Add(at);
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void The_europe_london_zone_resolves_on_this_machine()
    {
        var zone = LondonClock.Zone;

        Assert.Equal(TimeSpan.Zero, zone.GetUtcOffset(Utc(2026, 1, 1)));
        Assert.Equal(TimeSpan.FromHours(1), zone.GetUtcOffset(Utc(2026, 7, 1)));
    }

    [Fact]
    public void A_missing_zone_fails_with_an_error_that_says_what_to_install()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LondonClock.Resolve("Europe/Atlantis"));

        Assert.Contains("Europe/Atlantis", error.Message);
        Assert.Contains("tzdata", error.Message);
        Assert.IsType<TimeZoneNotFoundException>(error.InnerException);
    }
}
