using Portal.CallRouting.Scheduling;
using static Portal.CallRouting.Tests.Scheduling.ScheduleExamples;

namespace Portal.CallRouting.Tests.Scheduling;

/// <summary>Manual override (while it lasts) beats a date override, which beats a bank holiday, which beats the week.</summary>
public sealed class SchedulePrecedenceTests
{
    // Monday 4 May 2026 is the early May bank holiday; 11:00 BST is 10:00Z.
    private static readonly DateTimeOffset BankHolidayMorning = Utc(2026, 5, 4, 10);
    private static readonly DateTimeOffset OrdinaryTuesdayMorning = Utc(2026, 5, 12, 10);

    [Fact]
    public void A_bank_holiday_closes_a_schedule_that_closes_on_bank_holidays()
    {
        Assert.False(ScheduleCalendar.IsOpen(Schedule(Weekdays, "08:00-18:00", closedOnBankHolidays: true), BankHolidayMorning));
        Assert.True(ScheduleCalendar.IsOpen(Schedule(Weekdays, "08:00-18:00", closedOnBankHolidays: false), BankHolidayMorning));
        Assert.True(ScheduleCalendar.IsOpen(Schedule(Weekdays, "08:00-18:00", closedOnBankHolidays: true), OrdinaryTuesdayMorning));
    }

    [Fact]
    public void A_substitute_day_closes_like_the_holiday_it_replaces()
    {
        var office = Schedule(Weekdays, "08:00-18:00", closedOnBankHolidays: true);

        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2021, 12, 27, 12))); // Christmas Day substitute
        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2021, 12, 28, 12))); // Boxing Day substitute
        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2022, 1, 3, 12)));   // New Year's Day substitute
        Assert.True(ScheduleCalendar.IsOpen(office, Utc(2021, 12, 29, 12)));
    }

    [Fact]
    public void A_bank_holiday_is_judged_by_the_london_date_not_the_utc_date()
    {
        // 23:30Z on Sunday 3 May 2026 is 00:30 BST on the bank holiday Monday.
        var nights = Schedule(EveryDay, "00:00-06:00", closedOnBankHolidays: true);

        Assert.False(ScheduleCalendar.IsOpen(nights, Utc(2026, 5, 3, 23, 30)));
        Assert.True(ScheduleCalendar.IsOpen(nights, Utc(2026, 5, 2, 23, 30))); // 00:30 BST on Sunday 3 May
    }

    [Fact]
    public void A_date_override_beats_the_bank_holiday()
    {
        var office = Schedule(Weekdays, "08:00-18:00", closedOnBankHolidays: true,
            overrides: [new HolidayOverride(new DateOnly(2026, 5, 4), [Period("10:00-14:00")], "Reduced hours")]);

        Assert.True(ScheduleCalendar.IsOpen(office, BankHolidayMorning));          // 11:00 BST
        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2026, 5, 4, 8)));       // 09:00 BST: the week's hours do not apply
        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2026, 5, 4, 13)));      // 14:00 BST
    }

    [Fact]
    public void A_date_override_with_no_periods_closes_the_whole_day()
    {
        var office = Schedule(Weekdays, "08:00-18:00",
            overrides: [new HolidayOverride(new DateOnly(2026, 5, 12), [], "Training day")]);

        Assert.False(ScheduleCalendar.IsOpen(office, OrdinaryTuesdayMorning));
        Assert.True(ScheduleCalendar.IsOpen(office, Utc(2026, 5, 13, 10)));
    }

    [Fact]
    public void A_date_override_can_open_a_day_the_week_leaves_closed()
    {
        var office = Schedule(Weekdays, "08:00-18:00",
            overrides: [new HolidayOverride(new DateOnly(2026, 5, 16), [Period("09:00-12:00")], "Event day")]);

        Assert.True(ScheduleCalendar.IsOpen(office, Utc(2026, 5, 16, 9)));   // Saturday 10:00 BST
        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2026, 5, 17, 9)));  // Sunday
    }

    [Fact]
    public void A_manual_force_open_beats_everything_until_it_expires()
    {
        var setAt = Utc(2026, 5, 4, 6);
        var until = Utc(2026, 5, 4, 12);
        var office = Schedule(Weekdays, "08:00-18:00", closedOnBankHolidays: true,
            overrides: [new HolidayOverride(new DateOnly(2026, 5, 4), [], "Closed")],
            manual: new ManualOverride(ManualOverrideMode.ForceOpen, until, "Severe weather", "duty.inspector", setAt));

        Assert.False(ScheduleCalendar.IsOpen(office, setAt.AddTicks(-1)));  // not yet set
        Assert.True(ScheduleCalendar.IsOpen(office, setAt));
        Assert.True(ScheduleCalendar.IsOpen(office, until.AddTicks(-1)));
        Assert.False(ScheduleCalendar.IsOpen(office, until));               // expired: the override closes the day again
    }

    [Fact]
    public void A_manual_force_closed_beats_the_week_and_a_date_override()
    {
        var setAt = Utc(2026, 5, 12, 7);
        var office = Schedule(Weekdays, "08:00-18:00",
            overrides: [new HolidayOverride(new DateOnly(2026, 5, 13), [Period("00:00-00:00")], "All day")],
            manual: new ManualOverride(ManualOverrideMode.ForceClosed, Utc(2026, 5, 14, 7), "Centre evacuated", "duty.inspector", setAt));

        Assert.False(ScheduleCalendar.IsOpen(office, OrdinaryTuesdayMorning));
        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2026, 5, 13, 3)));
        Assert.True(ScheduleCalendar.IsOpen(office, Utc(2026, 5, 14, 7)));  // expired; 08:00 BST Thursday
    }

    [Fact]
    public void A_manual_override_without_an_end_lasts_until_it_is_lifted()
    {
        var office = Schedule(Weekdays, "08:00-18:00",
            manual: new ManualOverride(ManualOverrideMode.ForceClosed, null, "Major incident", "duty.inspector", Utc(2026, 5, 12, 7)));

        Assert.False(ScheduleCalendar.IsOpen(office, Utc(2030, 5, 14, 10)));
        Assert.False(ScheduleCalendar.IsOpen(office, OrdinaryTuesdayMorning));
    }
}
