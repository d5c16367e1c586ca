using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Live;
using Portal.CallRouting.Tests.Support.Decisions;
using static Portal.CallRouting.Tests.Support.Decisions.DecisionPlanBuilder;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary>Each condition kind, holding and failing; a rule whose condition holds routes to centre C, otherwise the default serves A.</summary>
public sealed class EvaluatorConditionTests
{
    private static RoutingDecision DecideWith(RuleCondition condition, RoutingLiveState? live = null, string? caller = "+447700900123",
        DateTimeOffset? at = null) =>
        Decide.For(new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()], Rule("r1", 10, [condition], new RouteToCentreAction("C")))
            .Build(), live, caller: caller, at: at);

    private static void AssertHeld(RoutingDecision decision)
    {
        Assert.Equal("r1", decision.RuleId);
        Assert.Equal("C", decision.Centre);
        Assert.Equal(DecisionActionKind.RouteToCentre, decision.Action);
    }

    private static void AssertFailed(RoutingDecision decision, string kind)
    {
        Assert.Null(decision.RuleId);
        Assert.Equal("A", decision.Centre);
        var failed = Assert.Single(decision.Trace, t => t.Step == TraceStepKind.ConditionFailed);
        Assert.Equal("r1", failed.Rule);
        Assert.Equal(0, failed.FailedCondition);
        Assert.Equal(kind, failed.FailedConditionKind);
    }

    [Theory]
    [InlineData(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 10, true)]
    [InlineData(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 12, false)]
    [InlineData(QueueMetric.QueueLength, ComparisonOperator.Equal, 12, true)]
    [InlineData(QueueMetric.QueueLength, ComparisonOperator.GreaterThanOrEqual, 12, true)]
    [InlineData(QueueMetric.QueueLength, ComparisonOperator.LessThanOrEqual, 11, false)]
    [InlineData(QueueMetric.OldestWaitSeconds, ComparisonOperator.GreaterThan, 20, true)]
    [InlineData(QueueMetric.OldestWaitSeconds, ComparisonOperator.LessThan, 20, false)]
    [InlineData(QueueMetric.AnsweredWithin10sShare, ComparisonOperator.LessThan, 0.9, true)]
    [InlineData(QueueMetric.AnsweredWithin10sShare, ComparisonOperator.LessThan, 0.5, false)]
    [InlineData(QueueMetric.AvailableAgents, ComparisonOperator.LessThanOrEqual, 2, true)]
    [InlineData(QueueMetric.AvailableAgents, ComparisonOperator.LessThan, 2, false)]
    public void Queue_metric_compares_the_live_figure_of_the_rules_queue(QueueMetric metric, ComparisonOperator op, double threshold, bool holds)
    {
        // 12 waiting, oldest 45 s, 80% within 10 s, 2 agents free.
        var live = LiveStates.With(queues: new Dictionary<string, QueueLiveState> { ["999"] = new(12, 45, 0.8, 3, 2) });

        var decision = DecideWith(new QueueMetricCondition(metric, op, threshold, null), live);

        if (holds)
        {
            AssertHeld(decision);
        }
        else
        {
            AssertFailed(decision, "queueMetric");
        }
    }

    [Fact]
    public void Queue_metric_can_watch_another_queue()
    {
        var live = LiveStates.With(queues: new Dictionary<string, QueueLiveState> { ["999-B"] = new(30, 90, 0.5, 0, 0) });

        AssertHeld(DecideWith(new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 20, "999-B"), live));
        // Its own queue (999) is idle: the same test against it fails.
        AssertFailed(DecideWith(new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 20, null), live), "queueMetric");
    }

    [Fact]
    public void A_queue_unknown_to_the_snapshot_reads_as_idle()
    {
        AssertHeld(DecideWith(new QueueMetricCondition(QueueMetric.AnsweredWithin10sShare, ComparisonOperator.Equal, 1, null)));
        AssertFailed(DecideWith(new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 0, null)), "queueMetric");
    }

    [Fact]
    public void Centre_state_holds_while_the_centre_is_in_one_of_the_states()
    {
        var condition = new CentreStateCondition("B", [CentreServiceState.Degraded, CentreServiceState.MajorIncidentInProgress]);

        AssertHeld(DecideWith(condition, LiveStates.Centres(("B", CentreServiceState.MajorIncidentInProgress))));
        AssertHeld(DecideWith(condition, LiveStates.Centres(("B", CentreServiceState.Degraded))));
        AssertFailed(DecideWith(condition, LiveStates.Centres(("B", CentreServiceState.Down))), "centreState");
        // Never reported: Normal.
        AssertFailed(DecideWith(condition), "centreState");
    }

    [Fact]
    public void Caller_prefix_holds_for_a_number_starting_with_one_of_the_prefixes()
    {
        var condition = new CallerPrefixCondition(["+4420", "020"]);

        AssertHeld(DecideWith(condition, caller: "+442079460000"));
        AssertHeld(DecideWith(condition, caller: "02079460000"));
        AssertFailed(DecideWith(condition, caller: "+441619460000"), "callerPrefix");
        AssertFailed(DecideWith(condition, caller: null), "callerPrefix");
    }

    [Fact]
    public void Caller_withheld_tells_withheld_from_presented_numbers()
    {
        AssertHeld(DecideWith(new CallerWithheldCondition(true), caller: null));
        AssertFailed(DecideWith(new CallerWithheldCondition(true), caller: "+447700900123"), "callerWithheld");
        AssertHeld(DecideWith(new CallerWithheldCondition(false), caller: "+447700900123"));
        AssertFailed(DecideWith(new CallerWithheldCondition(false), caller: null), "callerWithheld");
    }

    [Fact]
    public void Time_period_follows_the_schedule_open_or_closed()
    {
        AssertHeld(DecideWith(new TimePeriodCondition("office", WhenOpen: true), at: InOfficeHours));
        AssertFailed(DecideWith(new TimePeriodCondition("office", WhenOpen: true), at: OutOfOfficeHours), "timePeriod");
        AssertHeld(DecideWith(new TimePeriodCondition("office", WhenOpen: false), at: OutOfOfficeHours));
        AssertFailed(DecideWith(new TimePeriodCondition("office", WhenOpen: false), at: InOfficeHours), "timePeriod");
    }

    [Fact]
    public void A_condition_naming_something_the_plan_lacks_never_holds()
    {
        AssertFailed(DecideWith(new TimePeriodCondition("no-such-schedule", WhenOpen: false)), "timePeriod");
        AssertFailed(DecideWith(new CentreStateCondition("ZZ", [CentreServiceState.Normal])), "centreState");
        AssertFailed(DecideWith(new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThanOrEqual, 0, "ZZ")), "queueMetric");
    }

    [Fact]
    public void Every_condition_must_hold_and_the_trace_names_the_first_that_failed()
    {
        var plan = new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()],
                Rule("r1", 10, [new CallerWithheldCondition(false), new CentreStateCondition("A", [CentreServiceState.Down]), new CallerWithheldCondition(true)],
                    new RouteToCentreAction("C")))
            .Build();

        var decision = Decide.For(plan);

        var failed = Assert.Single(decision.Trace, t => t.Step == TraceStepKind.ConditionFailed);
        Assert.Equal(1, failed.FailedCondition);
        Assert.Equal("centreState", failed.FailedConditionKind);
        Assert.Contains("condition 2", failed.Detail);
        Assert.Equal("A", decision.Centre);
    }
}
