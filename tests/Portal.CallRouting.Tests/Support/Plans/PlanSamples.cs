using Portal.CallRouting.Agreements;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Validation;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Tests.Support.Plans;

/// <summary>
/// A small force for plan tests: centres LAM and HEN (staffed around the clock) and NIGHT (staffed by schedule
/// "night-shift"), 999 queues 999-A (LAM, HEN) and 999-B (HEN), a 101 queue on schedule "office", and agreement
/// "agr-1" letting 999-B overflow to the City of London. <see cref="ValidDocument"/> passes validation without errors.
/// </summary>
public static class PlanSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 30, 0, TimeSpan.Zero);

    public static ScheduleDefinition Office { get; } = new("office", "Office hours",
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new WeeklyOpening(d, [new OpeningPeriod(new TimeOnly(8, 0), new TimeOnly(18, 0))]))],
        ClosedOnBankHolidays: true, [], null);

    public static RoutingConfiguration Configuration { get; } = new(
        [new ContactCentre("LAM", "Lambeth", 40, null), new ContactCentre("HEN", "Hendon", 30, null), new ContactCentre("NIGHT", "Night desk", 5, "office")],
        [
            new CallQueue("999-A", "999 main", "999", 1, 200, 600, null, DistributionMethod.LongestIdle, null,
                [new QueueServingCentre("LAM", 1), new QueueServingCentre("HEN", 2)]),
            new CallQueue("999-B", "999 reserve", "999", 1, 200, 600, null, DistributionMethod.LongestIdle, "office",
                [new QueueServingCentre("HEN", 1)]),
            new CallQueue("101", "Non-emergency", "101", 5, 100, 1800, "Please call back", DistributionMethod.RoundRobin, "office",
                [new QueueServingCentre("HEN", 1)]),
        ],
        [Office]);

    public static OverflowAgreementTerms Agreement { get; } = new("agr-1", "city", "999-B", 10, null, Now.AddDays(180));

    public static PolicyRule Rule(string id, int priority, IReadOnlyList<RuleCondition> conditions, params RuleAction[] actions) =>
        new(id, "Rule " + id, priority, conditions, actions);

    public static QueueMetricCondition OldestWaitOver(double seconds) =>
        new(QueueMetric.OldestWaitSeconds, ComparisonOperator.GreaterThan, seconds, null);

    public static RoutingPlanDocument ValidDocument { get; } = new(
        [
            new QueuePolicy("999-A", [Rule("a-busy", 10, [OldestWaitOver(20)], new OverflowToQueueAction("999-B"), new NotifyAction("duty-inspector", "999-A overflowing"))],
                [new ServingCentresAction()]),
            new QueuePolicy("999-B", [Rule("b-busy", 10, [new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 10, null)], new OverflowToPartnerAction("agr-1"))],
                [new ServingCentresAction()]),
            new QueuePolicy("101", [Rule("closed", 10, [new TimePeriodCondition("office", WhenOpen: false)], new PlayAnnouncementAction("We are closed."))],
                [new ServingCentresAction()]),
        ],
        [new ContingencyPlan("evacuate-lam", "Lambeth evacuated", "All 999 to Hendon", 120, true,
            [new QueuePolicy("999-A", [], [new RouteToCentreAction("HEN")])])]);

    public static PlanValidationInput Input(RoutingPlanDocument document, RoutingConfiguration? configuration = null,
        IReadOnlyList<OverflowAgreementTerms>? agreements = null, IReadOnlyDictionary<string, CentreStatus>? states = null) =>
        new(document, configuration ?? Configuration, agreements ?? [Agreement], states ?? new Dictionary<string, CentreStatus>(), Now);

    /// <summary>The valid document with queue <paramref name="queueCode"/>'s policy replaced.</summary>
    public static RoutingPlanDocument WithPolicy(string queueCode, QueuePolicy policy) =>
        ValidDocument with { Queues = [.. ValidDocument.Queues.Select(q => q.QueueCode == queueCode ? policy : q)] };
}
