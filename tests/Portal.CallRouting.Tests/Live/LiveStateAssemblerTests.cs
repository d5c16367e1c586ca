using Portal.CallRouting.Domain;
using Portal.CallRouting.Live.Services;
using Portal.CallRouting.Tests.Support.Live;

namespace Portal.CallRouting.Tests.Live;

/// <summary>How raw figures become the snapshot decisions read.</summary>
public sealed class LiveStateAssemblerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_queue_gets_its_waits_service_level_and_the_agents_of_its_serving_centres_that_can_answer()
    {
        var figures = new LiveFigures(
            new Dictionary<string, QueueFigures> { ["Q999"] = new(3, Now.AddSeconds(-42), 20, 15, 2) },
            new Dictionary<string, CentreAgents> { ["NORTH"] = new(4, Now), ["SOUTH"] = new(6, Now) },
            Now);
        var statuses = new Dictionary<string, CentreStatus> { ["SOUTH"] = new("SOUTH", CentreServiceState.Down, "power cut", "telephony", Now) };

        var state = LiveStateAssembler.Assemble(figures, LiveTestConfiguration.Force, statuses, Now);

        var queue = state.Queue("Q999");
        Assert.Equal(3, queue.Waiting);
        Assert.Equal(42, queue.OldestWaitSeconds, precision: 3);
        Assert.Equal(0.75, queue.AnsweredWithin10sShare, precision: 6);
        Assert.Equal(2, queue.AbandonedLast15Minutes);
        Assert.Equal(4, queue.AvailableAgents);
        Assert.Equal(CentreServiceState.Down, state.Centres["SOUTH"].ServiceState);
        Assert.Equal(6, state.Centres["SOUTH"].AvailableAgents);
        Assert.Equal(CentreServiceState.Normal, state.Centres["NORTH"].ServiceState);
    }

    [Fact]
    public void Configured_queues_with_no_calls_yet_are_idle_with_the_service_level_met()
    {
        var state = LiveStateAssembler.Assemble(LiveFigures.Empty, LiveTestConfiguration.Force, new Dictionary<string, CentreStatus>(), Now);

        Assert.Equal(new Portal.CallRouting.Live.QueueLiveState(0, 0, 1, 0, 0), state.Queues["Q101"]);
        Assert.Equal(2, state.Centres.Count);
    }
}
