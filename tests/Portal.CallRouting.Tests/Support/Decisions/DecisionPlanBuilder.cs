using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Tests.Support.Decisions;

/// <summary>
/// A small force for the evaluator tests: centres A, B and C; queue 999 (served by A, B, C in that order) and queue
/// 999-B (served by C), queue 101 on schedule "office" (served by B), and whatever policies a test gives. Every queue
/// without a policy uses its serving centres.
/// </summary>
public sealed class DecisionPlanBuilder
{
    public static readonly ScheduleDefinition Office = new("office", "Office hours",
        [
            new WeeklyOpening(DayOfWeek.Monday, [new OpeningPeriod(new TimeOnly(8, 0), new TimeOnly(20, 0))]),
            new WeeklyOpening(DayOfWeek.Tuesday, [new OpeningPeriod(new TimeOnly(8, 0), new TimeOnly(20, 0))]),
            new WeeklyOpening(DayOfWeek.Wednesday, [new OpeningPeriod(new TimeOnly(8, 0), new TimeOnly(20, 0))]),
            new WeeklyOpening(DayOfWeek.Thursday, [new OpeningPeriod(new TimeOnly(8, 0), new TimeOnly(20, 0))]),
            new WeeklyOpening(DayOfWeek.Friday, [new OpeningPeriod(new TimeOnly(8, 0), new TimeOnly(20, 0))]),
        ],
        ClosedOnBankHolidays: true, Overrides: [], Manual: null);

    /// <summary>Wednesday 25 November 2026, 12:00 in London (GMT): inside office hours.</summary>
    public static readonly DateTimeOffset InOfficeHours = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Wednesday 25 November 2026, 23:00 in London: outside office hours.</summary>
    public static readonly DateTimeOffset OutOfOfficeHours = new(2026, 11, 25, 23, 0, 0, TimeSpan.Zero);

    private readonly List<ContactCentre> _centres =
    [
        new("A", "Centre A", 40, null),
        new("B", "Centre B", 30, null),
        new("C", "Centre C", 20, null),
    ];

    private readonly List<CallQueue> _queues =
    [
        Queue("999", "999", 1, null, ("A", 1), ("B", 2), ("C", 3)),
        Queue("999-B", "999", 2, null, ("C", 1)),
        Queue("101", "101", 1, "office", ("B", 1)),
    ];

    private readonly List<QueuePolicy> _policies = [];
    private readonly List<ContingencyPlan> _contingencies = [];

    public static CallQueue Queue(string code, string service, int priority, string? schedule, params (string Centre, int Preference)[] serving) =>
        new(code, code + " queue", service, priority, 50, 600, null, DistributionMethod.LongestIdle, schedule,
            serving.Select(s => new QueueServingCentre(s.Centre, s.Preference)).ToList());

    public static PolicyRule Rule(string id, int priority, IReadOnlyList<RuleCondition> conditions, params RuleAction[] actions) =>
        new(id, "Rule " + id, priority, conditions, actions);

    public DecisionPlanBuilder WithCentre(ContactCentre centre)
    {
        _centres.RemoveAll(c => c.Code == centre.Code);
        _centres.Add(centre);
        return this;
    }

    public DecisionPlanBuilder WithQueue(CallQueue queue)
    {
        _queues.RemoveAll(q => q.Code == queue.Code);
        _queues.Add(queue);
        return this;
    }

    public DecisionPlanBuilder WithPolicy(string queue, IReadOnlyList<RuleAction> defaults, params PolicyRule[] rules)
    {
        _policies.Add(new QueuePolicy(queue, rules, defaults));
        return this;
    }

    public DecisionPlanBuilder WithContingency(string code, int revertAfterMinutes, params QueuePolicy[] policies)
    {
        _contingencies.Add(new ContingencyPlan(code, "Contingency " + code, "For tests", revertAfterMinutes, NotifyPartners: true, policies));
        return this;
    }

    public PublishedRoutingPlan Build(int version = 7) => new(
        version,
        new RoutingPlanDocument(_policies, _contingencies),
        new RoutingConfiguration(_centres, _queues, [Office]),
        new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
        "publisher@example.org",
        new string('a', 64));
}
