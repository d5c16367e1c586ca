using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Tests.Support.Decisions;
using static Portal.CallRouting.Tests.Support.Decisions.DecisionPlanBuilder;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary>An active contingency plan replaces the policies of the queues it names, and only between activation and revert time.</summary>
public sealed class EvaluatorContingencyTests
{
    private static readonly RuleCondition[] Always = [];

    private static readonly DecisionPlanBuilder Plan = new DecisionPlanBuilder()
        .WithPolicy("999", [new ServingCentresAction()], Rule("normal", 1, Always, new RouteToCentreAction("A")))
        .WithContingency("evacuate-a", 120,
            new QueuePolicy("999", [Rule("evac", 1, Always, new RouteToCentreAction("B"))], [new ServingCentresAction()]))
        .WithContingency("storm", 60,
            new QueuePolicy("999", [Rule("storm", 1, Always, new RouteToCentreAction("C"))], [new ServingCentresAction()]));

    private static ContingencyActivationState Active(string code, int minutesAgo, int revertAfterMinutes) =>
        new(code, InOfficeHours.AddMinutes(-minutesAgo), InOfficeHours.AddMinutes(-minutesAgo + revertAfterMinutes));

    [Fact]
    public void An_active_contingency_replaces_the_queues_policy()
    {
        var decision = Decide.For(Plan.Build(), contingencies: [Active("evacuate-a", 10, 120)]);

        Assert.Equal(("B", "evac", "evacuate-a"), (decision.Centre, decision.RuleId, decision.Contingency));
        var step = Assert.Single(decision.Trace, t => t.Step == TraceStepKind.ContingencyPolicy);
        Assert.Equal("evacuate-a", step.Contingency);
        Assert.All(decision.Trace.Where(t => t.Rule is not null), t => Assert.Equal("evacuate-a", t.Contingency));
    }

    [Fact]
    public void Without_an_activation_the_plans_own_policy_applies()
    {
        var decision = Decide.For(Plan.Build());

        Assert.Equal(("A", "normal", null), (decision.Centre, decision.RuleId, decision.Contingency));
    }

    [Fact]
    public void An_activation_past_its_revert_time_is_over_even_if_nothing_recorded_the_revert()
    {
        var decision = Decide.For(Plan.Build(), contingencies: [Active("evacuate-a", 121, 120)]);

        Assert.Equal(("A", "normal", null), (decision.Centre, decision.RuleId, decision.Contingency));
    }

    [Fact]
    public void A_decision_for_a_time_before_the_activation_uses_the_plans_own_policy()
    {
        var decision = Decide.For(Plan.Build(), at: InOfficeHours.AddMinutes(-30), contingencies: [Active("evacuate-a", 10, 120)]);

        Assert.Equal("normal", decision.RuleId);
    }

    [Fact]
    public void The_contingency_switched_on_last_wins_where_two_replace_the_same_queue()
    {
        var decision = Decide.For(Plan.Build(), contingencies: [Active("storm", 5, 60), Active("evacuate-a", 30, 120)]);

        Assert.Equal(("storm", "C"), (decision.Contingency, decision.Centre));
    }

    [Fact]
    public void A_contingency_leaves_the_queues_it_does_not_name_alone()
    {
        var decision = Decide.For(Plan.Build(), service: "101", contingencies: [Active("evacuate-a", 10, 120)]);

        Assert.Null(decision.Contingency);
        Assert.Equal("B", decision.Centre);
    }

    [Fact]
    public void An_activation_of_a_code_the_plan_no_longer_has_is_ignored()
    {
        var decision = Decide.For(Plan.Build(), contingencies: [Active("removed-in-this-version", 10, 120)]);

        Assert.Equal("normal", decision.RuleId);
    }
}
