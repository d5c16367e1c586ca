using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Validation;
using Portal.CallRouting.Tests.Support.Plans;
using static Portal.CallRouting.Tests.Support.Plans.PlanSamples;

namespace Portal.CallRouting.Tests.Plans;

public sealed class RoutingPlanValidatorTests
{
    private static PlanValidationResult Validate(RoutingPlanDocument document, IReadOnlyDictionary<string, CentreStatus>? states = null,
        RoutingConfiguration? configuration = null) =>
        RoutingPlanValidator.Validate(Input(document, configuration, states: states));

    private static void AssertOnlyError(PlanValidationResult result, string code, string path)
    {
        var errors = result.Errors.ToList();
        Assert.True(errors.Count == 1 && errors[0].Code == code && errors[0].Path == path,
            $"expected only {code} at {path}, got: {string.Join("; ", errors.Select(e => $"{e.Code} at {e.Path}: {e.Message}"))}");
    }

    [Fact]
    public void The_sample_plan_is_valid_and_has_no_warnings()
    {
        var result = Validate(ValidDocument);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_policy_for_a_missing_queue_is_an_error_at_its_queue_code()
    {
        var document = ValidDocument with { Queues = [.. ValidDocument.Queues, new QueuePolicy("999-Z", [], [new ServingCentresAction()])] };

        AssertOnlyError(Validate(document), PlanFindingCodes.UnknownQueue, "queues[3].queueCode");
    }

    [Fact]
    public void Two_policies_for_one_queue_are_an_error()
    {
        var document = ValidDocument with { Queues = [.. ValidDocument.Queues, new QueuePolicy("101", [], [new ServingCentresAction()])] };

        AssertOnlyError(Validate(document), PlanFindingCodes.DuplicateQueue, "queues[3].queueCode");
    }

    [Fact]
    public void Overflow_to_a_missing_queue_is_an_error_with_the_field_path()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("a-busy", 10, [OldestWaitOver(20)], new OverflowToQueueAction("999-Z"))], [new ServingCentresAction()]));

        AssertOnlyError(Validate(document), PlanFindingCodes.UnknownQueue, "queues[0].rules[0].actions[0].queueCode");
    }

    [Fact]
    public void Routing_to_a_missing_centre_and_testing_a_missing_centre_are_errors()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("a-down", 10, [new CentreStateCondition("XXX", [CentreServiceState.Down])], new OverflowToQueueAction("999-B"))],
            [new RouteToCentreAction("YYY")]));

        var errors = Validate(document).Errors.ToList();

        Assert.Contains(errors, e => e.Code == PlanFindingCodes.UnknownCentre && e.Path == "queues[0].rules[0].conditions[0].centreCode");
        Assert.Contains(errors, e => e.Code == PlanFindingCodes.UnknownCentre && e.Path == "queues[0].defaultActions[0].centreCode");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_time_period_on_a_missing_schedule_is_an_error()
    {
        var document = WithPolicy("101", new QueuePolicy("101",
            [Rule("closed", 10, [new TimePeriodCondition("weekend", false)], new PlayAnnouncementAction("Closed"))], [new ServingCentresAction()]));

        AssertOnlyError(Validate(document), PlanFindingCodes.UnknownSchedule, "queues[2].rules[0].conditions[0].scheduleCode");
    }

    [Fact]
    public void A_metric_of_a_missing_queue_is_an_error()
    {
        var document = WithPolicy("101", new QueuePolicy("101",
            [Rule("closed", 10, [new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 5, "nope")], new OverflowToQueueAction("999-B"))],
            [new ServingCentresAction()]));

        AssertOnlyError(Validate(document), PlanFindingCodes.UnknownQueue, "queues[2].rules[0].conditions[0].queueCode");
    }

    [Fact]
    public void An_agreement_that_is_not_usable_is_an_error()
    {
        var result = RoutingPlanValidator.Validate(Input(ValidDocument, agreements: []));

        AssertOnlyError(result, PlanFindingCodes.UnknownAgreement, "queues[1].rules[0].actions[0].agreementId");
    }

    [Fact]
    public void An_agreement_for_another_queue_is_an_error()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("a-busy", 10, [OldestWaitOver(20)], new OverflowToPartnerAction("agr-1"))], [new ServingCentresAction()]));

        AssertOnlyError(Validate(document), PlanFindingCodes.AgreementForOtherQueue, "queues[0].rules[0].actions[0].agreementId");
    }

    [Fact]
    public void An_agreement_about_to_expire_is_a_warning()
    {
        var result = RoutingPlanValidator.Validate(Input(ValidDocument, agreements: [Agreement with { ExpiresAt = Now.AddDays(3) }]));

        Assert.True(result.IsValid);
        Assert.Contains(result.Warnings, w => w.Code == PlanFindingCodes.AgreementExpiresSoon && w.Path == "queues[1].rules[0].actions[0].agreementId");
    }

    [Fact]
    public void An_overflow_loop_through_a_rule_and_a_default_is_reported_at_both_actions()
    {
        var document = WithPolicy("999-B", new QueuePolicy("999-B", [], [new OverflowToQueueAction("999-A")]));

        var loops = Validate(document).Errors.Where(e => e.Code == PlanFindingCodes.OverflowLoop).ToList();

        Assert.Equal(["queues[0].rules[0].actions[0].queueCode", "queues[1].defaultActions[0].queueCode"], loops.Select(l => l.Path).Order());
        Assert.Contains("999-A → 999-B → 999-A", loops[0].Message);
    }

    [Fact]
    public void An_overflow_loop_across_three_queues_and_two_rules_is_found()
    {
        var document = ValidDocument with
        {
            Queues =
            [
                ValidDocument.Queues[0],
                new QueuePolicy("999-B", [Rule("b1", 1, [OldestWaitOver(5)], new ServingCentresAction()), Rule("b2", 2, [OldestWaitOver(30)], new OverflowToQueueAction("101"))],
                    [new ServingCentresAction()]),
                new QueuePolicy("101", [], [new OverflowToQueueAction("999-A")]),
            ],
        };

        var loops = Validate(document).Errors.Where(e => e.Code == PlanFindingCodes.OverflowLoop).Select(e => e.Path).Order().ToList();

        Assert.Equal(["queues[0].rules[0].actions[0].queueCode", "queues[1].rules[1].actions[0].queueCode", "queues[2].defaultActions[0].queueCode"], loops);
    }

    [Fact]
    public void A_queue_overflowing_into_itself_is_a_loop()
    {
        var document = WithPolicy("101", new QueuePolicy("101", [Rule("self", 1, [OldestWaitOver(5)], new OverflowToQueueAction("101"))], [new ServingCentresAction()]));

        AssertOnlyError(Validate(document), PlanFindingCodes.OverflowLoop, "queues[2].rules[0].actions[0].queueCode");
    }

    [Fact]
    public void A_loop_that_exists_only_while_a_contingency_plan_is_active_is_reported_in_the_contingency_plan()
    {
        var document = ValidDocument with
        {
            ContingencyPlans = [new ContingencyPlan("b-to-a", "B into A", "", 60, false, [new QueuePolicy("999-B", [], [new OverflowToQueueAction("999-A")])])],
        };

        AssertOnlyError(Validate(document), PlanFindingCodes.OverflowLoop, "contingencyPlans[0].queues[0].defaultActions[0].queueCode");
    }

    [Fact]
    public void A_rule_after_an_unconditional_rule_can_never_fire()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [
                Rule("late", 20, [OldestWaitOver(20)], new OverflowToQueueAction("999-B")),
                Rule("always", 5, [], new ServingCentresAction()),
            ],
            [new ServingCentresAction()]));

        var result = Validate(document);

        AssertOnlyError(result, PlanFindingCodes.UnreachableRule, "queues[0].rules[0].priority");
        Assert.Contains(result.Warnings, w => w.Code == PlanFindingCodes.DefaultUnreachable && w.Path == "queues[0].defaultActions");
    }

    [Theory]
    [InlineData(ComparisonOperator.GreaterThan, 20, ComparisonOperator.LessThan, 10)]
    [InlineData(ComparisonOperator.GreaterThan, 20, ComparisonOperator.LessThanOrEqual, 20)]
    [InlineData(ComparisonOperator.Equal, 5, ComparisonOperator.Equal, 6)]
    [InlineData(ComparisonOperator.GreaterThanOrEqual, 0, ComparisonOperator.LessThan, 0)]
    public void Contradictory_comparisons_of_one_metric_are_an_error_at_the_second(ComparisonOperator first, double a, ComparisonOperator second, double b)
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("never", 10, [new QueueMetricCondition(QueueMetric.QueueLength, first, a, null), new QueueMetricCondition(QueueMetric.QueueLength, second, b, "999-A")],
                new OverflowToQueueAction("999-B"))],
            [new ServingCentresAction()]));

        AssertOnlyError(Validate(document), PlanFindingCodes.ContradictoryConditions, "queues[0].rules[0].conditions[1]");
    }

    [Fact]
    public void Comparisons_that_overlap_at_one_value_are_not_contradictory()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("edge", 10, [new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThanOrEqual, 20, null),
                new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.LessThanOrEqual, 20, null),
                new QueueMetricCondition(QueueMetric.OldestWaitSeconds, ComparisonOperator.LessThan, 5, null)],
                new OverflowToQueueAction("999-B"))],
            [new ServingCentresAction()]));

        Assert.True(Validate(document).IsValid);
    }

    [Fact]
    public void A_negative_threshold_below_which_no_figure_falls_is_an_error()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("never", 10, [new QueueMetricCondition(QueueMetric.AvailableAgents, ComparisonOperator.LessThan, 0, null)], new OverflowToQueueAction("999-B"))],
            [new ServingCentresAction()]));

        AssertOnlyError(Validate(document), PlanFindingCodes.ContradictoryConditions, "queues[0].rules[0].conditions[0]");
    }

    public static TheoryData<RuleCondition, RuleCondition> ContradictoryPairs => new()
    {
        { new TimePeriodCondition("office", true), new TimePeriodCondition("office", false) },
        { new CentreStateCondition("LAM", [CentreServiceState.Down]), new CentreStateCondition("LAM", [CentreServiceState.Normal, CentreServiceState.Degraded]) },
        { new CallerWithheldCondition(true), new CallerWithheldCondition(false) },
        { new CallerWithheldCondition(true), new CallerPrefixCondition(["020"]) },
        { new CallerPrefixCondition(["020", "+4420"]), new CallerPrefixCondition(["0161"]) },
    };

    [Theory]
    [MemberData(nameof(ContradictoryPairs))]
    public void Conditions_that_cannot_hold_together_are_an_error(RuleCondition first, RuleCondition second)
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("never", 10, [first, second], new OverflowToQueueAction("999-B"))], [new ServingCentresAction()]));

        AssertOnlyError(Validate(document), PlanFindingCodes.ContradictoryConditions, "queues[0].rules[0].conditions[1]");
    }

    [Fact]
    public void Prefixes_of_which_one_extends_the_other_are_compatible()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("london", 10, [new CallerPrefixCondition(["020"]), new CallerPrefixCondition(["0207", "0161"]), new CallerWithheldCondition(false)],
                new OverflowToQueueAction("999-B"))],
            [new ServingCentresAction()]));

        Assert.True(Validate(document).IsValid);
    }

    [Fact]
    public void A_closed_time_period_of_a_999_queues_own_schedule_can_never_fire()
    {
        var document = WithPolicy("999-B", new QueuePolicy("999-B",
            [Rule("b-busy", 10, [new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 10, null)], new OverflowToPartnerAction("agr-1")),
             Rule("b-closed", 20, [new TimePeriodCondition("office", WhenOpen: false)], new RouteToCentreAction("LAM"))],
            [new ServingCentresAction()]));

        AssertOnlyError(Validate(document), PlanFindingCodes.ClosedTimePeriodOn999, "queues[1].rules[1].conditions[0].whenOpen");
    }

    [Fact]
    public void A_closed_time_period_on_a_101_queue_is_fine()
    {
        Assert.True(Validate(ValidDocument).IsValid);
        Assert.Contains(ValidDocument.Queues[2].Rules[0].Conditions, c => c is TimePeriodCondition { WhenOpen: false });
    }

    [Fact]
    public void An_announcement_on_a_999_queue_is_an_error()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("a-busy", 10, [OldestWaitOver(20)], new OverflowToQueueAction("999-B"))], [new PlayAnnouncementAction("Please hold")]));

        AssertOnlyError(Validate(document), PlanFindingCodes.AnnouncementOn999, "queues[0].defaultActions[0]");
    }

    [Fact]
    public void A_rule_with_only_a_notification_or_with_two_routes_is_an_error()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [
                Rule("a-busy", 10, [OldestWaitOver(20)], new NotifyAction("duty", "busy")),
                Rule("a-two", 20, [OldestWaitOver(60)], new OverflowToQueueAction("999-B"), new RouteToCentreAction("HEN")),
            ],
            []));

        var errors = Validate(document).Errors.Where(e => e.Code == PlanFindingCodes.TerminalActions).Select(e => e.Path).Order().ToList();

        Assert.Equal(["queues[0].defaultActions", "queues[0].rules[0].actions", "queues[0].rules[1].actions"], errors);
    }

    [Fact]
    public void Duplicate_rule_ids_and_priorities_are_errors()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("a", 10, [OldestWaitOver(20)], new OverflowToQueueAction("999-B")), Rule("a", 10, [OldestWaitOver(40)], new RouteToCentreAction("HEN"))],
            [new ServingCentresAction()]));

        var errors = Validate(document).Errors.Select(e => (e.Code, e.Path)).ToList();

        Assert.Equal([(PlanFindingCodes.DuplicateRuleId, "queues[0].rules[1].id"), (PlanFindingCodes.DuplicatePriority, "queues[0].rules[1].priority")], errors);
    }

    [Fact]
    public void A_999_queue_whose_only_centre_is_down_has_no_cover_but_a_second_centre_covers_it()
    {
        var down = new Dictionary<string, CentreStatus> { ["HEN"] = new("HEN", CentreServiceState.Down, "Flood", "ops", Now) };

        var result = Validate(ValidDocument, down);

        // 999-B is served by HEN alone; 999-A still has LAM.
        AssertOnlyError(result, PlanFindingCodes.NoServingCentre, "queues[1].queueCode");
        Assert.Contains(result.Warnings, w => w.Code == PlanFindingCodes.CentreNotNormal && w.Path == "queues[0].queueCode");
    }

    [Fact]
    public void A_999_queue_without_serving_centres_is_an_error_even_without_a_policy()
    {
        var configuration = Support.Plans.PlanSamples.Configuration with
        {
            Queues = [.. Support.Plans.PlanSamples.Configuration.Queues, new CallQueue("999-C", "Empty", "999", 1, 10, 60, null, DistributionMethod.RingAll, null, [])],
        };

        var result = Validate(ValidDocument, configuration: configuration);

        AssertOnlyError(result, PlanFindingCodes.NoServingCentre, "queues");
        Assert.Contains(result.Warnings, w => w.Code == PlanFindingCodes.QueueWithoutPolicy);
    }

    [Fact]
    public void A_999_queue_without_overflow_is_a_warning_not_an_error()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A", [], [new ServingCentresAction()]));

        var result = Validate(document);

        Assert.True(result.IsValid);
        Assert.Contains(result.Warnings, w => w.Code == PlanFindingCodes.EmergencyWithoutOverflow && w.Path == "queues[0].queueCode");
    }

    [Fact]
    public void A_queue_without_a_policy_is_a_warning()
    {
        var document = ValidDocument with { Queues = [ValidDocument.Queues[0], ValidDocument.Queues[1]] };

        var result = Validate(document);

        Assert.True(result.IsValid);
        Assert.Contains(result.Warnings, w => w.Code == PlanFindingCodes.QueueWithoutPolicy && w.Message.Contains("101"));
    }

    [Fact]
    public void Contingency_plans_are_checked_like_the_main_plan()
    {
        var document = ValidDocument with
        {
            ContingencyPlans =
            [
                ValidDocument.ContingencyPlans[0],
                ValidDocument.ContingencyPlans[0] with { Queues = [new QueuePolicy("999-A", [], [new RouteToCentreAction("GONE")])] },
            ],
        };

        var errors = Validate(document).Errors.Select(e => (e.Code, e.Path)).ToList();

        Assert.Equal([(PlanFindingCodes.DuplicateContingencyPlan, "contingencyPlans[1].code"),
            (PlanFindingCodes.UnknownCentre, "contingencyPlans[1].queues[0].defaultActions[0].centreCode")], errors);
    }

    [Fact]
    public void Errors_by_path_are_the_problem_details_field_errors()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A", [], [new PlayAnnouncementAction("x")]));

        var errors = Validate(document).ErrorsByPath();

        Assert.Equal(["queues[0].defaultActions[0]"], errors.Keys);
    }
}
