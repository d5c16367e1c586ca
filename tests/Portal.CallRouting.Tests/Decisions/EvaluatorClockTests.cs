using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans;
using Portal.CallRouting.Scheduling;
using Portal.CallRouting.Tests.Support.Decisions;
using static Portal.CallRouting.Tests.Support.Decisions.DecisionPlanBuilder;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary>
/// The evaluator converts a call's time to London time once and remembers each schedule's answer for the rest of the
/// decision. These tests hold that to <see cref="ScheduleCalendar"/>: for every minute of 2026 (both clock changes,
/// the bank holidays, date overrides, a manual override on a day the week leaves closed), a time condition, a
/// queue's opening hours and a centre's staffed hours give the calendar's answer, with one recorder reused throughout
/// as a busy node reuses it.
/// </summary>
public sealed class EvaluatorClockTests
{
    private static readonly DateTimeOffset YearStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset YearEnd = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Periods around 01:00-02:00 local, where the clocks go forward (29 March) and back (25 October) on Sundays.
    private static readonly ScheduleDefinition Shifts = new("shifts", "Night and day shifts",
        [
            new WeeklyOpening(DayOfWeek.Sunday, [Period(0, 45, 1, 15), Period(1, 30, 2, 30), Period(3, 0, 3, 30), Period(22, 0, 0, 0)]),
            new WeeklyOpening(DayOfWeek.Monday, [Period(0, 0, 1, 30), Period(7, 0, 19, 0)]),
            new WeeklyOpening(DayOfWeek.Friday, [Period(7, 0, 19, 0), Period(23, 59, 0, 0)]),
            new WeeklyOpening(DayOfWeek.Saturday, [Period(1, 0, 2, 0), Period(10, 0, 16, 0)]),
        ],
        ClosedOnBankHolidays: true,
        [
            new HolidayOverride(new DateOnly(2026, 12, 24), [Period(9, 0, 12, 0)], "Christmas Eve"),
            new HolidayOverride(new DateOnly(2026, 12, 25), [Period(10, 0, 11, 0)], "Christmas Day cover"),
        ],
        new ManualOverride(ManualOverrideMode.ForceOpen, new DateTimeOffset(2026, 7, 1, 14, 0, 0, TimeSpan.Zero), "Flooding",
            "duty@example.org", new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero)));

    private static readonly ScheduleDefinition Desk = new("desk", "Front desk",
        [.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, [Period(1, 15, 1, 45), Period(8, 0, 20, 0)]))],
        ClosedOnBankHolidays: true, Overrides: [], Manual: null);

    [Fact]
    public void Time_conditions_opening_hours_and_staffed_hours_agree_with_the_calendar_for_every_minute_of_a_year_with_clock_changes()
    {
        Assert.NotEqual(TimeZoneInfo.FindSystemTimeZoneById("Europe/London").GetUtcOffset(YearStart),
            TimeZoneInfo.FindSystemTimeZoneById("Europe/London").GetUtcOffset(YearStart.AddMonths(6)));
        var plan = RoutingPlanCompiler.Compile(Plan());
        var live = BoundLiveState.Bind(plan, LiveStates.Idle);
        var agreements = BoundAgreements.None(plan);
        var recorder = new DecisionRecorder();
        var nightCentre = plan.CentreIndex["N"];
        var deskQueue = plan.QueueIndex["101"];
        int minutes = 0, shiftsOpen = 0, deskOpen = 0;

        for (var at = YearStart; at < YearEnd; at = at.AddMinutes(1), minutes++)
        {
            // Any offset names the same instant; alternate them so nothing depends on the call arriving in UTC.
            var call = minutes % 2 == 0 ? at : at.ToOffset(TimeSpan.FromHours(5.5));
            var inShifts = ScheduleCalendar.IsOpen(Shifts, at);
            var atDesk = ScheduleCalendar.IsOpen(Desk, at);
            shiftsOpen += inShifts ? 1 : 0;
            deskOpen += atDesk ? 1 : 0;

            Assert.True(RoutingEvaluator.Evaluate(plan, live, agreements, BoundContingencies.None, new DecisionCall("999", "+447700900123", call), recorder));
            Assert.True(inShifts == (recorder.RuleIndex == 0), $"999 at {at:O}: calendar says {(inShifts ? "open" : "closed")}");

            Assert.True(RoutingEvaluator.Evaluate(plan, live, agreements, BoundContingencies.None, new DecisionCall("101", null, call), recorder));
            Assert.True(atDesk == (recorder.EntryQueue == deskQueue), $"101 at {at:O}: calendar says {(atDesk ? "open" : "closed")}");

            // Centre N is staffed by the desk's hours and comes first for the "night" service; A takes calls while N is not.
            Assert.True(RoutingEvaluator.Evaluate(plan, live, agreements, BoundContingencies.None, new DecisionCall("night", "+447700900123", call), recorder));
            Assert.True(atDesk == (recorder.TargetIndex == nightCentre), $"night at {at:O}: calendar says N is {(atDesk ? "staffed" : "not staffed")}");
        }

        // Not a vacuous walk: a whole year of minutes, with both answers well represented.
        Assert.Equal(365 * 24 * 60, minutes);
        Assert.InRange(shiftsOpen, minutes / 10, minutes / 2);
        Assert.InRange(deskOpen, minutes / 4, minutes * 3 / 4);
    }

    [Fact]
    public void A_recorder_reused_across_plans_of_different_sizes_decides_as_a_fresh_one_does()
    {
        var small = RoutingPlanCompiler.Compile(Plan());
        var schedules = Enumerable.Range(0, 40).Select(i => Desk with { Code = "desk" + i }).Append(Shifts).Append(Desk).ToList();
        var prefixRules = Enumerable.Range(0, 30)
            .Select(i => Rule("p" + i, 10 + i, [new CallerPrefixCondition(["+4499" + i])], new RouteToCentreAction("A")))
            .Append(Rule("shifts", 100, [new TimePeriodCondition("shifts", true), new CallerPrefixCondition(["+4477"])], new RouteToCentreAction("A")))
            .ToArray();
        var large = RoutingPlanCompiler.Compile(Plan(schedules, prefixRules));
        var reused = new DecisionRecorder();
        var calls = new[]
        {
            new DecisionCall("999", "+447700900123", new DateTimeOffset(2026, 3, 29, 0, 50, 0, TimeSpan.Zero)),
            new DecisionCall("999", "+449912", new DateTimeOffset(2026, 3, 29, 1, 50, 0, TimeSpan.Zero)),
            new DecisionCall("999", null, new DateTimeOffset(2026, 10, 25, 0, 50, 0, TimeSpan.Zero)),
            new DecisionCall("999", "+447700900123", new DateTimeOffset(2026, 10, 25, 1, 50, 0, TimeSpan.Zero)),
        };

        foreach (var plan in new[] { small, large, small, large })
        {
            var live = BoundLiveState.Bind(plan, LiveStates.Idle);
            foreach (var call in calls)
            {
                var fresh = new DecisionRecorder();
                RoutingEvaluator.Evaluate(plan, live, BoundAgreements.None(plan), BoundContingencies.None, call, fresh);
                RoutingEvaluator.Evaluate(plan, live, BoundAgreements.None(plan), BoundContingencies.None, call, reused);

                Assert.Equal(fresh.RuleIndex, reused.RuleIndex);
                Assert.Equal(fresh.TargetIndex, reused.TargetIndex);
                Assert.Equal(fresh.Steps.ToArray(), reused.Steps.ToArray());
            }
        }

        // The large plan's prefix lists are distinct, so each got its own set; the calls above reach both outcomes.
        Assert.Equal(31, large.PrefixSets.Length);
    }

    private static PublishedRoutingPlan Plan(IReadOnlyList<ScheduleDefinition>? schedules = null, PolicyRule[]? rules = null)
    {
        var centres = new List<ContactCentre> { new("A", "Always staffed", 40, null), new("B", "Day centre", 30, null), new("N", "Desk hours", 10, "desk") };
        var queues = new List<CallQueue>
        {
            Queue("999", "999", 1, null, ("A", 1)),
            Queue("101", "101", 1, "desk", ("A", 1)),
            Queue("101-out", "101", 2, null, ("N", 1), ("A", 2)),
            Queue("night", "night", 1, null, ("N", 1), ("A", 2)),
        };
        var policy = new QueuePolicy("999",
            rules ?? [Rule("shifts", 10, [new TimePeriodCondition("shifts", true)], new RouteToCentreAction("A"))],
            [new RouteToCentreAction("B")]);
        return new PublishedRoutingPlan(3, new RoutingPlanDocument([policy], []),
            new RoutingConfiguration(centres, queues, schedules ?? [Shifts, Desk]),
            new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero), "publisher@example.org", new string('b', 64));
    }

    private static OpeningPeriod Period(int openHour, int openMinute, int closeHour, int closeMinute) =>
        new(new TimeOnly(openHour, openMinute), new TimeOnly(closeHour, closeMinute));
}
