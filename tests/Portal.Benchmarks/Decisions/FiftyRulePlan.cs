using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Live;
using Portal.CallRouting.Plans;
using Portal.CallRouting.Scheduling;

namespace Portal.Benchmarks.Decisions;

/// <summary>
/// A force of five centres whose 999 queue has a policy of 50 rules, shaped like real ones: queue thresholds, centre
/// states, caller prefixes, withheld callers and office hours, one to three conditions each. In the state
/// <see cref="Live"/> the first 49 rules fail (each on its last condition where it has several, so every condition is
/// evaluated) and rule 50 fires with servingCentres, whose first centre is Down: the decision walks the whole policy.
/// </summary>
public static class FiftyRulePlan
{
    public const int RuleCount = 50;

    public static readonly DateTimeOffset At = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static readonly ScheduleDefinition Office = new("office", "Office hours",
        [.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyOpening(d, [new OpeningPeriod(new TimeOnly(8, 0), new TimeOnly(20, 0))]))],
        ClosedOnBankHolidays: false, Overrides: [], Manual: null);

    public static PublishedRoutingPlan Build()
    {
        var centres = Enumerable.Range(1, 5).Select(i => new ContactCentre("C" + i, "Centre " + i, 30, null)).ToList();
        var queues = new List<CallQueue>
        {
            new("999", "Emergency", "999", 1, 100, 600, null, DistributionMethod.LongestIdle, null,
                centres.Select((c, i) => new QueueServingCentre(c.Code, Math.Min(i + 1, 5))).ToList()),
            new("999-overflow", "Emergency overflow", "999", 2, 100, 600, null, DistributionMethod.LongestIdle, null,
                [new QueueServingCentre("C5", 1)]),
            new("101", "Non-emergency", "101", 1, 100, 600, null, DistributionMethod.LongestIdle, "office",
                [new QueueServingCentre("C2", 1)]),
        };
        var rules = Enumerable.Range(1, RuleCount - 1).Select(FailingRule).ToList();
        rules.Add(new PolicyRule("r50", "Normal running", 500, [new CallerWithheldCondition(false)],
            [new ServingCentresAction(), new NotifyAction("duty", "normal")]));
        var document = new RoutingPlanDocument([new QueuePolicy("999", rules, [new ServingCentresAction()])], []);
        return new PublishedRoutingPlan(1, document, new RoutingConfiguration(centres, queues, [Office]), At.AddDays(-1), "bench", new string('0', 64));
    }

    /// <summary>Centre C1 Down, the 999 queue busy but under every threshold the rules test.</summary>
    public static RoutingLiveState Live() => new(
        new Dictionary<string, QueueLiveState> { ["999"] = new(5, 8, 0.95, 1, 12), ["999-overflow"] = new(0, 0, 1, 0, 4) },
        new Dictionary<string, CentreLiveState>
        {
            ["C1"] = new(CentreServiceState.Down, 0, At, "power cut"),
            ["C2"] = new(CentreServiceState.Normal, 6, At, null),
            ["C3"] = new(CentreServiceState.Degraded, 2, At, null),
        },
        At);

    private static PolicyRule FailingRule(int i)
    {
        // Each shape ends with a condition that fails in Live(), after those before it held.
        IReadOnlyList<RuleCondition> conditions = (i % 5) switch
        {
            0 => [new QueueMetricCondition(QueueMetric.OldestWaitSeconds, ComparisonOperator.GreaterThan, 20 + i, null)],
            1 => [new CallerWithheldCondition(false), new CentreStateCondition("C" + (2 + (i % 3)), [CentreServiceState.Down, CentreServiceState.Unstaffed])],
            2 => [new TimePeriodCondition("office", true), new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThanOrEqual, 10 + i, null)],
            3 => [new QueueMetricCondition(QueueMetric.AvailableAgents, ComparisonOperator.GreaterThan, 1, null), new CallerPrefixCondition(["+4420", "020", "+44161"])],
            _ => [new TimePeriodCondition("office", true), new CallerWithheldCondition(false),
                new QueueMetricCondition(QueueMetric.AnsweredWithin10sShare, ComparisonOperator.LessThan, 0.5, "999-overflow")],
        };
        RuleAction action = (i % 3) switch
        {
            0 => new OverflowToQueueAction("999-overflow"),
            1 => new RouteToCentreAction("C" + (1 + (i % 5))),
            _ => new OverflowToPartnerAction("agr-" + (i % 4)),
        };
        return new PolicyRule("r" + i, "Rule " + i, i * 10, conditions, [action]);
    }
}
