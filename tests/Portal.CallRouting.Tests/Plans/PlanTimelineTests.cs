using Portal.CallRouting.Plans.Models;
using Portal.CallRouting.Plans.Services;

namespace Portal.CallRouting.Tests.Plans;

public sealed class PlanTimelineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static RoutingPlanVersion Published(int number, DateTimeOffset effectiveAt) =>
        new() { Number = number, State = PlanState.Published, EffectiveAt = effectiveAt };

    [Fact]
    public void The_highest_version_whose_time_has_come_is_in_force_and_earlier_ones_are_superseded()
    {
        var status = PlanTimeline.StatusOf([Published(1, Now.AddDays(-2)), Published(2, Now.AddDays(-1)), Published(3, Now.AddHours(1)),
            new RoutingPlanVersion { Number = 4, State = PlanState.Draft }], Now);

        Assert.Equal(new PlanVersionStatus(PlanState.Superseded, false, false, 2, Now.AddDays(-1)), status[1]);
        Assert.Equal(new PlanVersionStatus(PlanState.Published, true, false, null, null), status[2]);
        Assert.Equal(new PlanVersionStatus(PlanState.Published, false, true, null, null), status[3]);
        Assert.Equal(PlanState.Draft, status[4].State);
    }

    [Fact]
    public void A_scheduled_version_overtaken_by_a_later_one_in_force_is_superseded_without_taking_effect()
    {
        var status = PlanTimeline.StatusOf([Published(1, Now.AddHours(5)), Published(2, Now.AddMinutes(-1))], Now);

        Assert.Equal(PlanState.Superseded, status[1].State);
        Assert.Equal(Now.AddHours(5), status[1].SupersededAt);
        Assert.True(status[2].InForce);
        Assert.Equal(2, PlanTimeline.InForce([(1, Now.AddHours(5)), (2, Now.AddMinutes(-1))], Now.AddHours(6)));
    }

    [Fact]
    public void Nothing_is_in_force_before_the_first_publication_takes_effect()
    {
        Assert.Null(PlanTimeline.InForce([(1, Now.AddSeconds(1))], Now));
        Assert.Equal(1, PlanTimeline.InForce([(1, Now)], Now));
    }
}
