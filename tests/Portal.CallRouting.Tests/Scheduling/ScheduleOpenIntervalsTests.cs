using Portal.CallRouting.Scheduling;
using static Portal.CallRouting.Tests.Scheduling.ScheduleExamples;

namespace Portal.CallRouting.Tests.Scheduling;

public sealed class ScheduleOpenIntervalsTests
{
    [Fact]
    public void A_working_week_gives_one_interval_a_day_in_utc()
    {
        var office = Schedule(Weekdays, "08:00-18:00");

        // Monday 1 June 2026 to Monday 8 June 2026, BST.
        var intervals = ScheduleCalendar.OpenIntervals(office, Utc(2026, 6, 1), Utc(2026, 6, 8));

        Assert.Equal(
            Enumerable.Range(1, 5).Select(d => (Utc(2026, 6, d, 7), Utc(2026, 6, d, 17))),
            intervals);
        Assert.All(intervals, i => Assert.Equal(TimeSpan.Zero, i.From.Offset));
    }

    [Fact]
    public void A_bank_holiday_drops_out_of_the_week()
    {
        var office = Schedule(Weekdays, "08:00-18:00", closedOnBankHolidays: true);

        // Monday 31 August 2026 is the summer bank holiday.
        var intervals = ScheduleCalendar.OpenIntervals(office, Utc(2026, 8, 31), Utc(2026, 9, 7));

        Assert.Equal(Enumerable.Range(1, 4).Select(d => (Utc(2026, 9, d, 7), Utc(2026, 9, d, 17))), intervals);
    }

    [Fact]
    public void A_night_shift_written_as_two_periods_merges_across_midnight()
    {
        var nights = Schedule(Day(DayOfWeek.Friday, "18:00-00:00"), Day(DayOfWeek.Saturday, "00:00-06:00"));

        var intervals = ScheduleCalendar.OpenIntervals(nights, Utc(2026, 1, 12), Utc(2026, 1, 19));

        Assert.Equal([(Utc(2026, 1, 16, 18), Utc(2026, 1, 17, 6))], intervals);
    }

    [Fact]
    public void Overlapping_and_touching_periods_of_a_day_merge()
    {
        var split = Schedule(Day(DayOfWeek.Wednesday, "08:00-12:00", "11:00-13:00", "13:00-17:00", "18:00-19:00"));

        var intervals = ScheduleCalendar.OpenIntervals(split, Utc(2026, 1, 12), Utc(2026, 1, 19));

        Assert.Equal([(Utc(2026, 1, 14, 8), Utc(2026, 1, 14, 17)), (Utc(2026, 1, 14, 18), Utc(2026, 1, 14, 19))], intervals);
    }

    [Fact]
    public void Open_24_hours_every_day_is_one_interval_across_both_clock_changes()
    {
        var from = Utc(2026, 1, 1);
        var to = Utc(2027, 1, 1);

        var intervals = ScheduleCalendar.OpenIntervals(AlwaysOpen(), from, to);

        Assert.Equal([(from, to)], intervals);
    }

    [Fact]
    public void Always_open_over_one_week_is_one_interval()
    {
        var from = new DateTimeOffset(2026, 10, 22, 9, 15, 0, TimeSpan.FromHours(1));
        var to = from.AddDays(7);

        var intervals = ScheduleCalendar.OpenIntervals(AlwaysOpen(), from, to);

        Assert.Equal([(from.ToUniversalTime(), to.ToUniversalTime())], intervals);
    }

    [Fact]
    public void Intervals_are_clipped_to_the_span_asked_for()
    {
        var office = Schedule(Weekdays, "08:00-18:00");

        var intervals = ScheduleCalendar.OpenIntervals(office, Utc(2026, 1, 14, 12), Utc(2026, 1, 15, 9));

        Assert.Equal([(Utc(2026, 1, 14, 12), Utc(2026, 1, 14, 18)), (Utc(2026, 1, 15, 8), Utc(2026, 1, 15, 9))], intervals);
    }

    [Fact]
    public void A_manual_force_closed_cuts_a_hole_and_a_force_open_fills_one()
    {
        var closed = Schedule(Weekdays, "08:00-18:00",
            manual: new ManualOverride(ManualOverrideMode.ForceClosed, Utc(2026, 1, 14, 12), "Fire alarm", "duty.inspector", Utc(2026, 1, 14, 10)));
        var open = Schedule(Weekdays, "08:00-18:00",
            manual: new ManualOverride(ManualOverrideMode.ForceOpen, Utc(2026, 1, 15, 10), "Storm", "duty.inspector", Utc(2026, 1, 14, 16)));

        Assert.Equal(
            [(Utc(2026, 1, 14, 8), Utc(2026, 1, 14, 10)), (Utc(2026, 1, 14, 12), Utc(2026, 1, 14, 18))],
            ScheduleCalendar.OpenIntervals(closed, Utc(2026, 1, 14), Utc(2026, 1, 15)));
        Assert.Equal(
            [(Utc(2026, 1, 14, 8), Utc(2026, 1, 15, 18))],
            ScheduleCalendar.OpenIntervals(open, Utc(2026, 1, 14), Utc(2026, 1, 16)));
    }

    [Fact]
    public void An_empty_span_has_no_intervals_and_a_reversed_one_is_refused()
    {
        Assert.Empty(ScheduleCalendar.OpenIntervals(AlwaysOpen(), Utc(2026, 1, 1), Utc(2026, 1, 1)));
        Assert.Throws<ArgumentException>(() => ScheduleCalendar.OpenIntervals(AlwaysOpen(), Utc(2026, 1, 2), Utc(2026, 1, 1)));
    }

    [Fact]
    public void The_intervals_agree_with_IsOpen_minute_by_minute_across_both_clock_changes()
    {
        var schedule = new ScheduleDefinition("MIXED", "Mixed", [
                Day(DayOfWeek.Sunday, "00:30-01:30", "01:45-02:15", "22:00-00:00"),
                Day(DayOfWeek.Saturday, "00:00-01:00", "23:00-00:00"),
                Day(DayOfWeek.Monday, "08:00-18:00"),
                Day(DayOfWeek.Friday, "08:00-12:00", "12:00-18:00"),
            ],
            ClosedOnBankHolidays: true,
            Overrides: [new HolidayOverride(new DateOnly(2026, 4, 5), [Period("10:00-11:00")], "Easter Sunday")],
            Manual: new ManualOverride(ManualOverrideMode.ForceClosed, Utc(2026, 10, 30, 12), "Test", "tester", Utc(2026, 10, 30, 9)));

        foreach (var (from, to) in new[] { (Utc(2026, 3, 20), Utc(2026, 4, 10)), (Utc(2026, 10, 20), Utc(2026, 11, 3)) })
        {
            var intervals = ScheduleCalendar.OpenIntervals(schedule, from, to);
            var mismatches = new List<DateTimeOffset>();
            for (var at = from; at < to; at = at.AddMinutes(1))
            {
                var inInterval = intervals.Any(i => i.From <= at && at < i.To);
                if (inInterval != ScheduleCalendar.IsOpen(schedule, at))
                {
                    mismatches.Add(at);
                }
            }

            Assert.NotEmpty(intervals);
            Assert.Empty(mismatches);
            Assert.All(intervals.Zip(intervals.Skip(1)), pair => Assert.True(pair.First.To < pair.Second.From, "intervals must be sorted and merged"));
        }
    }
}
