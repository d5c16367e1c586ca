using Portal.CallRouting.Scheduling;
using static Portal.CallRouting.Tests.Scheduling.ScheduleExamples;

namespace Portal.CallRouting.Tests.Scheduling;

/// <summary>The evaluator's fast path: the compiled form answers like the definition and allocates nothing per call.</summary>
public sealed class CompiledScheduleTests
{
    [Fact]
    public void The_compiled_form_answers_like_the_calendar()
    {
        var definition = Schedule(Weekdays, "08:00-18:00", closedOnBankHolidays: true);
        var compiled = ScheduleCalendar.Compile(definition);

        for (var at = Utc(2026, 12, 20); at < Utc(2027, 1, 6); at = at.AddMinutes(7))
        {
            Assert.Equal(ScheduleCalendar.IsOpen(definition, at), compiled.IsOpen(at));
        }
        Assert.Same(definition, compiled.Definition);
    }

    [Fact]
    public void IsOpen_allocates_nothing_once_warm()
    {
        var definition = Schedule(Weekdays, "08:00-18:00", closedOnBankHolidays: true,
            overrides: [new HolidayOverride(new DateOnly(2026, 6, 3), [Period("10:00-12:00")], "Short day")]);
        var compiled = ScheduleCalendar.Compile(definition);
        var instants = Enumerable.Range(0, 2_000).Select(i => Utc(2026, 5, 25).AddMinutes(i * 17)).ToArray();
        var openCount = 0;
        foreach (var at in instants)
        {
            // Warm up: the year's offsets and holidays are computed and cached on first use.
            openCount += compiled.IsOpen(at) ? 1 : 0;
            openCount += ScheduleCalendar.IsOpen(definition, at) ? 1 : 0;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var at in instants)
        {
            openCount += compiled.IsOpen(at) ? 1 : 0;
            openCount += ScheduleCalendar.IsOpen(definition, at) ? 1 : 0;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.InRange(openCount, 1, (instants.Length * 4) - 1); // the instants cover both open and closed times
    }

    [Fact]
    public void The_calendar_reuses_the_compiled_form_of_the_same_definition_instance()
    {
        var definition = AlwaysOpen();

        Assert.True(ScheduleCalendar.IsOpen(definition, Utc(2026, 3, 29, 1)));
        Assert.True(ScheduleCalendar.IsOpen(definition, Utc(1900, 1, 1)));   // before the bank holiday calendar: still evaluable
        Assert.True(ScheduleCalendar.IsOpen(definition, DateTimeOffset.MaxValue));
        Assert.True(ScheduleCalendar.IsOpen(definition, DateTimeOffset.MinValue));
    }

    [Fact]
    public void A_definition_with_problems_does_not_compile()
    {
        var backwards = Schedule(Day(DayOfWeek.Monday, "18:00-08:00"));

        var error = Assert.Throws<ArgumentException>(() => ScheduleCalendar.Compile(backwards));

        Assert.Contains("week[0].periods[0].closes", error.Message);
        Assert.Throws<ArgumentException>(() => ScheduleCalendar.IsOpen(backwards, Utc(2026, 1, 1)));
    }
}
