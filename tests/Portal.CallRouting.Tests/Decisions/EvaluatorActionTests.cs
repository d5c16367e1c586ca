using Portal.CallRouting.Agreements;
using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Scheduling;
using Portal.CallRouting.Tests.Support.Decisions;
using static Portal.CallRouting.Tests.Support.Decisions.DecisionPlanBuilder;

namespace Portal.CallRouting.Tests.Decisions;

public sealed class EvaluatorActionTests
{
    private static readonly RuleCondition[] Always = [];

    private static OverflowAgreementTerms Agreement(string id = "agr-1", string queue = "999", int max = 5, IReadOnlyList<WeeklyOpening>? hours = null,
        DateTimeOffset? expires = null) =>
        new(id, "city", queue, max, hours, expires ?? InOfficeHours.AddDays(30));

    [Fact]
    public void Serving_centres_take_the_most_preferred_centre()
    {
        var decision = Decide.For(new DecisionPlanBuilder().Build());

        Assert.Equal(DecisionTargetKind.Centre, decision.TargetKind);
        Assert.Equal("A", decision.Centre);
        Assert.Equal(DecisionActionKind.ServingCentres, decision.Action);
        Assert.Null(decision.RuleId);
        Assert.Equal(7, decision.PlanVersion);
        Assert.Equal("999", decision.Queue);
        Assert.Contains(decision.Trace, t => t.Step == TraceStepKind.DefaultApplied);
    }

    [Fact]
    public void Serving_centres_pass_over_centres_that_are_down_or_unstaffed_and_say_why()
    {
        var decision = Decide.For(new DecisionPlanBuilder().Build(),
            LiveStates.Centres(("A", CentreServiceState.Down), ("B", CentreServiceState.Unstaffed)));

        Assert.Equal("C", decision.Centre);
        var skipped = decision.Trace.Where(t => t.Step == TraceStepKind.CentreUnavailable).ToList();
        Assert.Equal(["A", "B"], skipped.Select(s => s.Target));
        Assert.Equal([TraceReason.CentreDown, TraceReason.CentreUnstaffed], skipped.Select(s => s.Reason!.Value));
    }

    [Fact]
    public void Degraded_and_major_incident_centres_still_take_calls()
    {
        var decision = Decide.For(new DecisionPlanBuilder().Build(),
            LiveStates.Centres(("A", CentreServiceState.MajorIncidentInProgress)));

        Assert.Equal("A", decision.Centre);
    }

    [Fact]
    public void Serving_centres_pass_over_a_centre_outside_its_staffed_hours()
    {
        var plan = new DecisionPlanBuilder().WithCentre(new ContactCentre("A", "Centre A", 40, "office")).Build();

        Assert.Equal("A", Decide.For(plan, at: InOfficeHours).Centre);
        var night = Decide.For(plan, at: OutOfOfficeHours);
        Assert.Equal("B", night.Centre);
        Assert.Contains(night.Trace, t => t.Step == TraceStepKind.CentreUnavailable && t.Reason == TraceReason.OutsideStaffedHours);
    }

    [Fact]
    public void A_rule_whose_serving_centres_are_all_unavailable_falls_back_to_the_default_and_says_why()
    {
        // 999-B (served by C only) answers first once 999 has the lower priority.
        var direct = Decide.For(new DecisionPlanBuilder()
                .WithQueue(Queue("999", "999", 5, null, ("A", 1)))
                .WithPolicy("999-B", [new RouteToCentreAction("A")], Rule("r1", 1, Always, new ServingCentresAction()))
                .Build(),
            LiveStates.Centres(("C", CentreServiceState.Down)));

        Assert.Equal("999-B", direct.Queue);
        Assert.Equal("A", direct.Centre);
        Assert.Equal(DecisionActionKind.RouteToCentre, direct.Action);
        Assert.Null(direct.RuleId);
        var unavailable = Assert.Single(direct.Trace, t => t.Step == TraceStepKind.ActionUnavailable);
        Assert.Equal("r1", unavailable.Rule);
        Assert.Equal(TraceReason.NoServingCentreAvailable, unavailable.Reason);
        Assert.Contains(direct.Trace, t => t.Step == TraceStepKind.DefaultApplied);
    }

    [Fact]
    public void Route_to_centre_goes_to_the_named_centre_unless_it_cannot_take_calls()
    {
        var plan = new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()], Rule("r1", 1, Always, new RouteToCentreAction("C")))
            .Build();

        var normal = Decide.For(plan);
        var down = Decide.For(plan, LiveStates.Centres(("C", CentreServiceState.Down)));

        Assert.Equal(("C", "r1", DecisionActionKind.RouteToCentre), (normal.Centre, normal.RuleId, normal.Action));
        Assert.Equal(("A", null, DecisionActionKind.ServingCentres), (down.Centre, down.RuleId, down.Action));
        Assert.Contains(down.Trace, t => t.Step == TraceStepKind.ActionUnavailable && t.Reason == TraceReason.CentreDown && t.Rule == "r1");
    }

    [Fact]
    public void Overflow_to_queue_continues_in_that_queues_policy()
    {
        var plan = new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()],
                Rule("busy", 1, [new CentreStateCondition("A", [CentreServiceState.Degraded])], new OverflowToQueueAction("999-B")))
            .WithPolicy("999-B", [new ServingCentresAction()], Rule("b1", 1, Always, new RouteToCentreAction("B")))
            .Build();

        var decision = Decide.For(plan, LiveStates.Centres(("A", CentreServiceState.Degraded)));

        Assert.Equal("999", decision.EntryQueue);
        Assert.Equal("999-B", decision.Queue);
        Assert.Equal("B", decision.Centre);
        Assert.Equal("b1", decision.RuleId);
        var hop = Assert.Single(decision.Trace, t => t.Step == TraceStepKind.OverflowedToQueue);
        Assert.Equal(("999", "999-B"), (hop.Queue, hop.Target));
    }

    [Fact]
    public void An_overflow_chain_follows_every_hop_to_its_end()
    {
        var plan = new DecisionPlanBuilder()
            .WithQueue(Queue("999-C", "999", 3, null, ("B", 1)))
            .WithPolicy("999", [new OverflowToQueueAction("999-B")])
            .WithPolicy("999-B", [new OverflowToQueueAction("999-C")])
            .WithPolicy("999-C", [new ServingCentresAction()])
            .Build();

        var decision = Decide.For(plan);

        Assert.Equal(("999", "999-C", "B"), (decision.EntryQueue, decision.Queue, decision.Centre));
        Assert.Equal(["999-B", "999-C"], decision.Trace.Where(t => t.Step == TraceStepKind.OverflowedToQueue).Select(t => t.Target));
    }

    [Fact]
    public void An_overflow_loop_is_cut_after_the_hop_limit_and_still_reaches_a_centre()
    {
        var plan = new DecisionPlanBuilder()
            .WithPolicy("999", [new OverflowToQueueAction("999-B")])
            .WithPolicy("999-B", [new OverflowToQueueAction("999")])
            .Build();

        var decision = Decide.For(plan);

        Assert.Equal(RoutingEvaluator.MaxQueueHops + 1, decision.Trace.Count(t => t.Step == TraceStepKind.OverflowedToQueue));
        Assert.Contains(decision.Trace, t => t.Step == TraceStepKind.HopLimitReached);
        Assert.Equal(DecisionActionKind.LastResort, decision.Action);
        Assert.Equal(DecisionTargetKind.Centre, decision.TargetKind);
        Assert.NotNull(decision.Centre);
    }

    [Fact]
    public void Overflow_to_partner_goes_to_the_partner_under_a_usable_agreement()
    {
        var plan = new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()], Rule("p1", 1, Always, new OverflowToPartnerAction("agr-1")))
            .Build();

        var decision = Decide.For(plan, agreements: [Agreement()]);

        Assert.Equal(DecisionTargetKind.Partner, decision.TargetKind);
        Assert.Equal(DecisionActionKind.OverflowToPartner, decision.Action);
        Assert.Equal(("city", "agr-1", "p1"), (decision.PartnerTenant, decision.AgreementId, decision.RuleId));
        Assert.Null(decision.Centre);
    }

    public static TheoryData<string, TraceReason> UnusableAgreements() => new()
    {
        { "missing", TraceReason.AgreementNotUsable },
        { "expired", TraceReason.AgreementExpired },
        { "capacity", TraceReason.AgreementAtCapacity },
        { "other-queue", TraceReason.AgreementForAnotherQueue },
        { "hours", TraceReason.AgreementOutsideHours },
    };

    [Theory]
    [MemberData(nameof(UnusableAgreements))]
    public void A_partner_rule_whose_agreement_is_not_usable_is_skipped_and_the_next_rule_decides(string why, TraceReason reason)
    {
        var plan = new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()],
                Rule("p1", 1, Always, new OverflowToPartnerAction("agr-1")),
                Rule("r2", 2, Always, new RouteToCentreAction("B")))
            .Build();
        var mondayMorning = new List<WeeklyOpening> { new(DayOfWeek.Monday, [new OpeningPeriod(new TimeOnly(6, 0), new TimeOnly(7, 0))]) };
        OverflowAgreementTerms[] agreements = why switch
        {
            "missing" => [],
            "expired" => [Agreement(expires: InOfficeHours.AddMinutes(-1))],
            "capacity" => [Agreement(max: 2)],
            "other-queue" => [Agreement(queue: "101")],
            _ => [Agreement(hours: mondayMorning)],
        };
        var live = LiveStates.With(agreementCalls: new Dictionary<string, int> { ["agr-1"] = 2 });

        var decision = Decide.For(plan, live, agreements: agreements);

        Assert.Equal(("B", "r2"), (decision.Centre, decision.RuleId));
        var skipped = Assert.Single(decision.Trace, t => t.Step == TraceStepKind.RuleSkipped);
        Assert.Equal(("p1", "agr-1", reason), (skipped.Rule, skipped.Target, skipped.Reason!.Value));
    }

    [Fact]
    public void A_partner_rule_within_the_agreements_hours_and_capacity_is_used()
    {
        var wednesday = new List<WeeklyOpening> { new(DayOfWeek.Wednesday, [new OpeningPeriod(new TimeOnly(9, 0), new TimeOnly(17, 0))]) };
        var plan = new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()], Rule("p1", 1, Always, new OverflowToPartnerAction("agr-1")))
            .Build();

        var decision = Decide.For(plan, LiveStates.With(agreementCalls: new Dictionary<string, int> { ["agr-1"] = 1 }),
            agreements: [Agreement(max: 2, hours: wednesday)]);

        Assert.Equal("city", decision.PartnerTenant);
    }

    [Fact]
    public void A_default_to_a_partner_without_a_usable_agreement_still_reaches_a_centre()
    {
        var plan = new DecisionPlanBuilder().WithPolicy("999", [new OverflowToPartnerAction("agr-gone")]).Build();

        var decision = Decide.For(plan);

        Assert.Equal(DecisionActionKind.LastResort, decision.Action);
        Assert.Equal("A", decision.Centre);
        Assert.Contains(decision.Trace, t => t.Step == TraceStepKind.ActionUnavailable && t.Reason == TraceReason.AgreementNotUsable);
        Assert.Contains(decision.Trace, t => t.Step == TraceStepKind.LastResort && t.Target == "A");
    }

    [Fact]
    public void Play_announcement_ends_the_call_with_the_announcement()
    {
        var plan = new DecisionPlanBuilder()
            .WithPolicy("101", [new ServingCentresAction()],
                Rule("closed", 1, [new TimePeriodCondition("office", WhenOpen: false)], new PlayAnnouncementAction("We are closed; for emergencies call 999.")))
            .Build();

        var night = Decide.For(plan, service: "101", at: OutOfOfficeHours);
        var day = Decide.For(plan, service: "101", at: InOfficeHours);

        Assert.Equal(DecisionTargetKind.Announcement, night.TargetKind);
        Assert.Equal(DecisionActionKind.PlayAnnouncement, night.Action);
        Assert.Equal("We are closed; for emergencies call 999.", night.Announcement);
        Assert.Null(night.Centre);
        Assert.Equal("B", day.Centre);
    }

    [Fact]
    public void Notify_actions_of_the_rule_and_default_that_ran_are_collected()
    {
        var inspector = new NotifyAction("duty-inspector", "999 overflowing");
        var partner = new NotifyAction("city", "Calls may come your way");
        var plan = new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()],
                Rule("r1", 1, [new CallerWithheldCondition(true)], new RouteToCentreAction("C"), new NotifyAction("ignored", "not fired")),
                Rule("r2", 2, Always, new OverflowToQueueAction("999-B"), inspector))
            .WithPolicy("999-B", [new ServingCentresAction(), partner])
            .Build();

        var decision = Decide.For(plan);

        Assert.Equal([inspector, partner], decision.Notifications);
        Assert.Equal("C", decision.Centre);
    }

    [Fact]
    public void Rules_are_tried_by_priority_whatever_order_they_were_written_in()
    {
        var plan = new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()],
                Rule("late", 20, Always, new RouteToCentreAction("C")),
                Rule("early", 5, Always, new RouteToCentreAction("B")))
            .Build();

        var decision = Decide.For(plan);

        Assert.Equal(("early", "B"), (decision.RuleId, decision.Centre));
        Assert.DoesNotContain(decision.Trace, t => t.Rule == "late");
    }

    [Fact]
    public void The_highest_priority_open_queue_of_the_service_answers()
    {
        var plan = new DecisionPlanBuilder()
            .WithQueue(Queue("101-late", "101", 2, null, ("C", 1)))
            .Build();

        var day = Decide.For(plan, service: "101", at: InOfficeHours);
        var night = Decide.For(plan, service: "101", at: OutOfOfficeHours);

        Assert.Equal(("101", "B"), (day.Queue, day.Centre));
        Assert.Equal(("101-late", "C"), (night.Queue, night.Centre));
        Assert.Contains(night.Trace, t => t.Step == TraceStepKind.QueueClosed && t.Queue == "101");
    }

    [Fact]
    public void When_every_queue_of_the_service_is_closed_the_first_takes_the_call()
    {
        var decision = Decide.For(new DecisionPlanBuilder().Build(), service: "101", at: OutOfOfficeHours);

        Assert.Equal("101", decision.Queue);
        Assert.Contains(decision.Trace, t => t.Step == TraceStepKind.AllQueuesClosed);
    }

    [Fact]
    public void A_999_queue_is_open_whatever_its_schedule_says()
    {
        var plan = new DecisionPlanBuilder().WithQueue(Queue("999", "999", 1, "office", ("A", 1))).Build();

        var decision = Decide.For(plan, at: OutOfOfficeHours);

        Assert.Equal("999", decision.Queue);
        Assert.Contains(decision.Trace, t => t.Step == TraceStepKind.QueueChosen && t.Queue == "999");
    }

    [Fact]
    public void An_unknown_service_has_no_decision()
    {
        var plan = RoutingPlanCompiler.Compile(new DecisionPlanBuilder().Build());

        Assert.Null(RoutingEvaluator.Decide(plan, LiveStates.Idle, [], [], new DecisionCall("112", null, InOfficeHours)));
    }

    [Fact]
    public void With_every_centre_down_the_call_still_goes_to_the_most_preferred_centre()
    {
        var decision = Decide.For(new DecisionPlanBuilder().Build(),
            LiveStates.Centres(("A", CentreServiceState.Down), ("B", CentreServiceState.Down), ("C", CentreServiceState.Down)));

        Assert.Equal(DecisionActionKind.LastResort, decision.Action);
        Assert.Equal("A", decision.Centre);
    }

    [Fact]
    public void A_recorder_reused_for_many_decisions_keeps_none_of_the_previous_one()
    {
        var plan = RoutingPlanCompiler.Compile(new DecisionPlanBuilder()
            .WithPolicy("999", [new ServingCentresAction()],
                Rule("r1", 1, [new CallerWithheldCondition(true)], new RouteToCentreAction("C"), new NotifyAction("x", "y")))
            .Build());
        var recorder = new DecisionRecorder();
        var agreements = BoundAgreements.None(plan);
        var live = BoundLiveState.Bind(plan, LiveStates.Idle);

        Assert.True(RoutingEvaluator.Evaluate(plan, live, agreements, BoundContingencies.None, new DecisionCall("999", null, InOfficeHours), recorder));
        Assert.Equal(1, recorder.NotificationCount);
        Assert.True(RoutingEvaluator.Evaluate(plan, live, agreements, BoundContingencies.None, new DecisionCall("999", "+44", InOfficeHours), recorder));

        var decision = recorder.ToDecision(plan, new DecisionCall("999", "+44", InOfficeHours), agreements);
        Assert.Empty(decision.Notifications);
        Assert.Null(decision.RuleId);
        Assert.Equal("A", decision.Centre);
    }
}
