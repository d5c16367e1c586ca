using Portal.CallRouting.Scheduling;
using static Portal.CallRouting.Tests.Scheduling.ScheduleExamples;

namespace Portal.CallRouting.Tests.Scheduling;

public sealed class ScheduleDefinitionValidatorTests
{
    [Fact]
    public void Ordinary_hours_midnight_ends_and_all_day_periods_are_valid()
    {
        var schedule = Schedule(Day(DayOfWeek.Monday, "08:00-18:00", "18:00-00:00"), Day(DayOfWeek.Tuesday, "00:00-00:00"));

        Assert.Empty(ScheduleDefinitionValidator.Validate(schedule));
    }

    [Theory]
    [InlineData("18:00-08:00")]
    [InlineData("09:00-09:00")]
    public void A_period_that_closes_before_it_opens_is_reported_with_its_path(string span)
    {
        var schedule = Schedule(Day(DayOfWeek.Monday, "08:00-12:00"), Day(DayOfWeek.Tuesday, "08:00-12:00", span));

        var problem = Assert.Single(ScheduleDefinitionValidator.Validate(schedule));

        Assert.Equal("week[1].periods[1].closes", problem.Path);
        Assert.Contains("00:00 for midnight", problem.Reason);
    }

    [Fact]
    public void Two_overrides_for_one_date_are_reported()
    {
        var date = new DateOnly(2026, 12, 24);
        var schedule = Schedule(Weekdays, "08:00-18:00",
            overrides: [new HolidayOverride(date, [], "Closed"), new HolidayOverride(date, [Period("08:00-12:00")], "Half day")]);

        var problem = Assert.Single(ScheduleDefinitionValidator.Validate(schedule));

        Assert.Equal("overrides[1].date", problem.Path);
    }

    [Fact]
    public void Missing_lists_and_an_unknown_day_are_reported()
    {
        var schedule = new ScheduleDefinition("X", "X", [new WeeklyOpening((DayOfWeek)9, null!)], false, null!, null);

        var paths = ScheduleDefinitionValidator.Validate(schedule).Select(p => p.Path).ToList();

        Assert.Equal(["week[0].day", "week[0].periods", "overrides"], paths);
    }
}
