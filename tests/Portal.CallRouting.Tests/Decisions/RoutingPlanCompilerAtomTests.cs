using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Tests.Support.Decisions;
using static Portal.CallRouting.Tests.Support.Decisions.DecisionPlanBuilder;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary>
/// Conditions compile to shared atoms (one per distinct test) laid out flat per policy; a decision works each atom out
/// once. These tests pin what counts as equal, the layout, and that a remembered answer is reported at every rule
/// that tests it.
/// </summary>
public sealed class RoutingPlanCompilerAtomTests
{
    [Fact]
    public void Conditions_that_test_the_same_thing_share_an_atom_and_different_ones_do_not()
    {
        var plan = RoutingPlanCompiler.Compile(new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()],
                Rule("r1", 10, [new TimePeriodCondition("office", true), new CentreStateCondition("B", [CentreServiceState.Down, CentreServiceState.Unstaffed])],
                    new RouteToCentreAction("C")),
                Rule("r2", 20, [new TimePeriodCondition("office", true), new CentreStateCondition("B", [CentreServiceState.Unstaffed, CentreServiceState.Down])],
                    new RouteToCentreAction("C")),
                Rule("r3", 30, [new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 5, null),
                    new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 5, "999")], new RouteToCentreAction("C")),
                Rule("r4", 40, [new CallerPrefixCondition(["020", "+4420"]), new CallerPrefixCondition(["+4420", "0207", "020"])], new RouteToCentreAction("C")),
                Rule("r5", 50, [new TimePeriodCondition("office", false), new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 6, null),
                    new CallerPrefixCondition(["0161"]), new CallerWithheldCondition(true)], new RouteToCentreAction("C")))
            .WithContingency("storm", 60, new QueuePolicy("999",
                [Rule("s1", 10, [new CentreStateCondition("B", [CentreServiceState.Down, CentreServiceState.Unstaffed])], new RouteToCentreAction("C"))],
                [new ServingCentresAction()]))
            .Build());

        var rules = plan.Queues[plan.QueueIndex["999"]].Policy.Rules;
        int Atom(int rule, int condition) => rules[rule].Conditions[condition].AtomIndex;
        Assert.Equal(Atom(0, 0), Atom(1, 0));
        Assert.Equal(Atom(0, 1), Atom(1, 1)); // the same states in another order
        Assert.Equal(Atom(2, 0), Atom(2, 1)); // the rule's own queue, named or not
        Assert.Equal(Atom(3, 0), Atom(3, 1)); // "0207" is covered by "020"
        Assert.Equal(Atom(0, 1), plan.Contingencies[0].Policies[plan.QueueIndex["999"]]!.Rules[0].Conditions[0].AtomIndex);
        // Closed rather than open, another threshold, other prefixes, withheld: each a test of its own.
        var distinct = new[] { Atom(0, 0), Atom(0, 1), Atom(2, 0), Atom(3, 0), Atom(4, 0), Atom(4, 1), Atom(4, 2), Atom(4, 3) };
        Assert.Equal(distinct.Length, distinct.Distinct().Count());
        Assert.Equal(distinct.Length, plan.Atoms.Length);
    }

    [Fact]
    public void A_policy_lays_out_its_rules_conditions_flat_in_priority_order()
    {
        var plan = RoutingPlanCompiler.Compile(new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()],
                Rule("late", 30, [new CallerWithheldCondition(true), new TimePeriodCondition("office", true)], new RouteToCentreAction("C")),
                Rule("none", 20, [], new RouteToCentreAction("B")),
                Rule("early", 10, [new CentreStateCondition("A", [CentreServiceState.Down])], new RouteToCentreAction("C")))
            .Build());

        var policy = plan.Queues[plan.QueueIndex["999"]].Policy;

        Assert.Equal(["early", "none", "late"], policy.Rules.Select(r => r.Id));
        Assert.Equal([0, 1, 1, 3], policy.RuleStarts);
        Assert.Equal(policy.Rules.SelectMany(r => r.Conditions).Select(c => c.AtomIndex), policy.ConditionAtoms);
        Assert.Equal(ConditionKind.CallerWithheld, plan.Atoms[policy.ConditionAtoms[1]].Kind);
    }

    [Fact]
    public void An_answer_remembered_from_an_earlier_rule_is_reported_where_a_later_rule_fails_on_it()
    {
        var centreBDown = new CentreStateCondition("B", [CentreServiceState.Down]);
        var presented = new CallerWithheldCondition(false);
        var plan = new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()],
                Rule("r1", 10, [presented, centreBDown], new RouteToCentreAction("C")),
                Rule("r2", 20, [centreBDown, presented], new RouteToCentreAction("C")),
                Rule("r3", 30, [presented, new TimePeriodCondition("office", true)], new RouteToCentreAction("B")))
            .Build();

        var inHours = Decide.For(plan, LiveStates.Centres(("B", CentreServiceState.Normal)));
        var outOfHours = Decide.For(plan, LiveStates.Centres(("B", CentreServiceState.Normal)), at: OutOfOfficeHours);
        var bDown = Decide.For(plan, LiveStates.Centres(("B", CentreServiceState.Down)));

        Assert.Equal([("r1", 1), ("r2", 0)], Failures(inHours));
        Assert.Equal("r3", inHours.RuleId);
        Assert.Equal([("r1", 1), ("r2", 0), ("r3", 1)], Failures(outOfHours));
        Assert.Null(outOfHours.RuleId);
        Assert.Equal("r1", bDown.RuleId);
        Assert.Equal("C", bDown.Centre);
    }

    private static (string?, int?)[] Failures(RoutingDecision decision) =>
        [.. decision.Trace.Where(t => t.Step == TraceStepKind.ConditionFailed).Select(t => (t.Rule, t.FailedCondition))];
}
