using Portal.CallRouting.Agreements;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Live;
using Portal.CallRouting.Plans;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Tests.Support.Decisions;

/// <summary>
/// Random plans that validation would accept, and random live states, agreements, activations and calls, from a
/// seeded <see cref="Random"/> so that a failure can be replayed. A valid plan: every queue has at least one serving
/// centre that exists; references name things that exist; overflow between queues only goes to a later queue of the
/// same service (no loops, and a 999 call never overflows into a queue that may play an announcement); no
/// announcement on a 999 queue.
/// </summary>
public sealed class RandomPlanGenerator(int seed)
{
    private static readonly string[] Services = ["999", "101", "enquiries"];
    private static readonly string[] AgreementIds = ["agr-1", "agr-2", "agr-3"];
    private readonly Random _random = new(seed);

    public DateTimeOffset Start { get; } = new(2026, 3, 23, 0, 0, 0, TimeSpan.Zero);

    public PublishedRoutingPlan Plan()
    {
        var centres = Enumerable.Range(0, _random.Next(1, 7))
            .Select(i => new ContactCentre("C" + i, "Centre " + i, _random.Next(1, 50), _random.Next(4) == 0 ? "office" : null))
            .ToList();
        var queues = new List<CallQueue>();
        foreach (var service in Services.Take(_random.Next(1, Services.Length + 1)))
        {
            var count = _random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                var serving = centres.OrderBy(_ => _random.Next()).Take(_random.Next(1, Math.Min(3, centres.Count) + 1))
                    .Select((c, p) => new QueueServingCentre(c.Code, p + 1)).ToList();
                queues.Add(new CallQueue($"{service}-{i}", service + " " + i, service, i + 1, 50, 600, null, DistributionMethod.LongestIdle,
                    _random.Next(3) == 0 ? "office" : null, serving));
            }
        }

        var policies = queues.Where(_ => _random.Next(5) != 0).Select(q => Policy(q, queues, centres)).ToList();
        var contingencies = Enumerable.Range(0, _random.Next(0, 3))
            .Select(i => new ContingencyPlan("K" + i, "Contingency " + i, "", _random.Next(1, 240), true,
                queues.Where(_ => _random.Next(2) == 0).Select(q => Policy(q, queues, centres)).ToList()))
            .ToList();

        return new PublishedRoutingPlan(_random.Next(1, 100), new RoutingPlanDocument(policies, contingencies),
            new RoutingConfiguration(centres, queues, [DecisionPlanBuilder.Office]), Start, "generator", new string('b', 64));
    }

    public RoutingLiveState Live(PublishedRoutingPlan plan)
    {
        var states = Enum.GetValues<CentreServiceState>();
        return new RoutingLiveState(
            plan.Configuration.Queues.Where(_ => _random.Next(4) != 0).ToDictionary(q => q.Code,
                _ => new QueueLiveState(_random.Next(0, 40), _random.Next(0, 300), _random.NextDouble(), _random.Next(0, 10), _random.Next(0, 20))),
            plan.Configuration.Centres.Where(_ => _random.Next(3) != 0).ToDictionary(c => c.Code,
                _ => new CentreLiveState(states[_random.Next(states.Length)], _random.Next(0, 10), Start, null)),
            Start)
        {
            CallsOverflowedByAgreement = AgreementIds.ToDictionary(a => a, _ => _random.Next(0, 6)),
        };
    }

    public IReadOnlyList<OverflowAgreementTerms> Agreements(PublishedRoutingPlan plan) =>
        AgreementIds.Where(_ => _random.Next(3) != 0).Select(id => new OverflowAgreementTerms(id, "partner-" + id,
            plan.Configuration.Queues[_random.Next(plan.Configuration.Queues.Count)].Code, _random.Next(1, 6),
            _random.Next(2) == 0 ? null : [new WeeklyOpening((DayOfWeek)_random.Next(7), [new OpeningPeriod(new TimeOnly(6, 0), new TimeOnly(22, 0))])],
            Start.AddDays(_random.Next(0, 20)))).ToList();

    public IReadOnlyList<ContingencyActivationState> Activations(PublishedRoutingPlan plan) =>
        plan.Document.ContingencyPlans.Where(_ => _random.Next(2) == 0).Select(c =>
        {
            var at = Start.AddMinutes(_random.Next(0, 14 * 24 * 60));
            return new ContingencyActivationState(c.Code, at, at.AddMinutes(c.RevertAfterMinutes));
        }).ToList();

    public DecisionCall Call(PublishedRoutingPlan plan)
    {
        var services = plan.Configuration.Queues.Select(q => q.Service).Distinct().ToList();
        var caller = _random.Next(4) switch { 0 => null, 1 => "+4420" + _random.Next(1000000, 9999999), 2 => "0161" + _random.Next(1000000, 9999999), _ => "+447700900" + _random.Next(100, 999) };
        return new DecisionCall(services[_random.Next(services.Count)], caller, Start.AddMinutes(_random.Next(0, 14 * 24 * 60)));
    }

    private QueuePolicy Policy(CallQueue queue, List<CallQueue> queues, List<ContactCentre> centres)
    {
        var later = queues.Where(q => q.Service == queue.Service && string.CompareOrdinal(q.Code, queue.Code) > 0).ToList();
        var rules = Enumerable.Range(0, _random.Next(0, 9))
            .Select(i => new PolicyRule("r" + i, "Rule " + i, _random.Next(1, 100),
                Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Condition(queues, centres)).ToList(),
                Actions(queue, later, centres)))
            .ToList();
        return new QueuePolicy(queue.Code, rules, Actions(queue, later, centres));
    }

    private List<RuleAction> Actions(CallQueue queue, List<CallQueue> later, List<ContactCentre> centres)
    {
        RuleAction terminal = _random.Next(5) switch
        {
            0 => new RouteToCentreAction(centres[_random.Next(centres.Count)].Code),
            1 when later.Count > 0 => new OverflowToQueueAction(later[_random.Next(later.Count)].Code),
            2 => new OverflowToPartnerAction(AgreementIds[_random.Next(AgreementIds.Length)]),
            3 when !queue.IsEmergency => new PlayAnnouncementAction("Closed: call 999 in an emergency."),
            _ => new ServingCentresAction(),
        };
        return _random.Next(3) == 0 ? [new NotifyAction("duty", "fired"), terminal] : [terminal];
    }

    private RuleCondition Condition(List<CallQueue> queues, List<ContactCentre> centres)
    {
        var states = Enum.GetValues<CentreServiceState>();
        return _random.Next(5) switch
        {
            0 => new TimePeriodCondition("office", _random.Next(2) == 0),
            1 => new QueueMetricCondition((QueueMetric)_random.Next(4), (ComparisonOperator)_random.Next(5), _random.Next(0, 30),
                _random.Next(2) == 0 ? null : queues[_random.Next(queues.Count)].Code),
            2 => new CentreStateCondition(centres[_random.Next(centres.Count)].Code, states.Where(_ => _random.Next(2) == 0).ToList()),
            3 => new CallerPrefixCondition(_random.Next(2) == 0 ? ["+4420"] : ["0161", "+44161"]),
            _ => new CallerWithheldCondition(_random.Next(2) == 0),
        };
    }
}
