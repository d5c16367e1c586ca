using Portal.CallRouting.Decisions.Services;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Live;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Routing;

namespace Portal.CallRouting.Tests.WhatIf;

public sealed class EvaluatorWhatIfRouterFactoryTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly WhatIfPlanVersion Plan = new(7, "Version 7",
        new RoutingPlanDocument(
        [
            new QueuePolicy("Q999", [new PolicyRule("busy", "Busy: overflow", 10,
                [new QueueMetricCondition(QueueMetric.QueueLength, ComparisonOperator.GreaterThan, 5, null)],
                [new OverflowToQueueAction("Q999-OVERFLOW")])], [new ServingCentresAction()]),
            new QueuePolicy("Q999-OVERFLOW", [], [new RouteToCentreAction("SOUTH")]),
            new QueuePolicy("Q101", [], [new PlayAnnouncementAction("Closed: call 999 in an emergency")]),
        ], []),
        new RoutingConfiguration(
            [new ContactCentre("NORTH", "North", 20, null), new ContactCentre("SOUTH", "South", 10, null)],
            [
                Queue("Q999", "999", 1, "NORTH"),
                Queue("Q999-OVERFLOW", "999-overflow", 2, "SOUTH"),
                Queue("Q101", "101", 3, "NORTH"),
            ],
            []));

    [Fact]
    public void A_quiet_999_queue_keeps_its_calls_for_its_serving_centres()
    {
        var route = Router().Route(new WhatIfCall("Q999", "999", Noon), State(waiting: 0));

        Assert.Equal(WhatIfRoute.ToQueue("Q999"), route);
    }

    [Fact]
    public void The_versions_own_overflow_rule_moves_calls_when_the_queue_is_long()
    {
        var route = Router().Route(new WhatIfCall("Q999", "999", Noon), State(waiting: 6));

        Assert.Equal(WhatIfRoute.ToCentre("Q999-OVERFLOW", "SOUTH"), route);
    }

    [Fact]
    public void An_announcement_ends_the_call_in_its_queue()
    {
        var route = Router().Route(new WhatIfCall("Q101", "101", Noon), State(waiting: 0));

        Assert.Equal(WhatIfRoute.Announcement("Q101"), route);
    }

    [Fact]
    public void A_service_the_version_does_not_answer_stays_in_the_profiles_queue()
    {
        var route = Router().Route(new WhatIfCall("Q-OTHER", "0800 123", Noon), State(waiting: 0));

        Assert.Equal(WhatIfRoute.ToQueue("Q-OTHER"), route);
    }

    private static IWhatIfRouter Router() => new EvaluatorWhatIfRouterFactory().Create(Plan);

    private static CallQueue Queue(string code, string service, int priority, string centre) =>
        new(code, code, service, priority, 50, 120, null, DistributionMethod.LongestIdle, null, [new QueueServingCentre(centre, 1)]);

    private static RoutingLiveState State(int waiting) => new(
        new Dictionary<string, QueueLiveState> { ["Q999"] = new(waiting, waiting * 5, 1, 0, 3) },
        new Dictionary<string, CentreLiveState>(),
        Noon);
}
