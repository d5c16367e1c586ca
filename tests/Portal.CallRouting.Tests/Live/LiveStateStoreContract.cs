using Portal.CallRouting.Live.Services;

namespace Portal.CallRouting.Tests.Live;

/// <summary>
/// What every live-state store must do, run against the in-process store and against the real Redis: the same
/// cases, so the embedded default and a cluster behave alike.
/// </summary>
public abstract class LiveStateStoreContract
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty store for tenant <paramref name="tenant"/>.</summary>
    private protected abstract ILiveStateStore CreateStore(string tenant = "met");

    [Fact]
    public async Task Offered_calls_wait_and_the_oldest_wait_is_the_earliest_offer()
    {
        var store = CreateStore();
        await store.OfferAsync("Q999", "c1", T0.AddSeconds(5), default);
        await store.OfferAsync("Q999", "c2", T0, default);
        await store.OfferAsync("Q101", "c3", T0.AddSeconds(9), default);

        var figures = await store.ReadAsync(T0.AddSeconds(30), default);

        Assert.Equal(2, figures.Queues["Q999"].Waiting);
        Assert.Equal(T0, figures.Queues["Q999"].OldestOfferedAt);
        Assert.Equal(1, figures.Queues["Q101"].Waiting);
        Assert.Equal(T0.AddSeconds(9), figures.LastEventAt);
    }

    [Fact]
    public async Task Answered_and_abandoned_calls_leave_the_queue_and_are_counted()
    {
        var store = CreateStore();
        await store.OfferAsync("Q999", "c1", T0, default);
        await store.OfferAsync("Q999", "c2", T0, default);
        await store.OfferAsync("Q999", "c3", T0, default);
        await store.AnswerAsync("Q999", "c1", T0.AddSeconds(4), withinServiceLevel: true, default);
        await store.AnswerAsync("Q999", "c2", T0.AddSeconds(40), withinServiceLevel: false, default);
        await store.AbandonAsync("Q999", "c3", T0.AddSeconds(50), default);

        var queue = (await store.ReadAsync(T0.AddMinutes(1), default)).Queues["Q999"];

        Assert.Equal(new QueueFigures(0, null, 2, 1, 1), queue);
    }

    [Fact]
    public async Task Answered_and_abandoned_calls_count_for_15_minutes_only()
    {
        var store = CreateStore();
        await store.AnswerAsync("Q999", "early", T0, withinServiceLevel: true, default);
        await store.AbandonAsync("Q999", "early-lost", T0, default);
        await store.AnswerAsync("Q999", "late", T0.AddMinutes(10), withinServiceLevel: false, default);

        var atFourteen = (await store.ReadAsync(T0.AddMinutes(14), default)).Queues["Q999"];
        var atSixteen = (await store.ReadAsync(T0.AddMinutes(16), default)).Queues["Q999"];
        var atThirty = (await store.ReadAsync(T0.AddMinutes(30), default)).Queues["Q999"];

        Assert.Equal(new QueueFigures(0, null, 2, 1, 1), atFourteen);
        Assert.Equal(new QueueFigures(0, null, 1, 0, 0), atSixteen);
        Assert.Equal(new QueueFigures(0, null, 0, 0, 0), atThirty);
    }

    [Fact]
    public async Task A_redelivered_event_changes_nothing_more()
    {
        var store = CreateStore();
        await store.OfferAsync("Q999", "c1", T0, default);
        await store.OfferAsync("Q999", "c1", T0, default);
        await store.AnswerAsync("Q999", "c1", T0.AddSeconds(3), true, default);
        await store.AnswerAsync("Q999", "c1", T0.AddSeconds(3), true, default);
        await store.AbandonAsync("Q999", "c2", T0.AddSeconds(3), default);
        await store.AbandonAsync("Q999", "c2", T0.AddSeconds(3), default);

        Assert.Equal(new QueueFigures(0, null, 1, 1, 1), (await store.ReadAsync(T0.AddMinutes(1), default)).Queues["Q999"]);
    }

    [Fact]
    public async Task An_offer_arriving_after_its_answer_does_not_leave_the_call_waiting()
    {
        var store = CreateStore();
        await store.AnswerAsync("Q999", "c1", T0.AddSeconds(2), true, default);
        await store.OfferAsync("Q999", "c1", T0, default);

        var queue = (await store.ReadAsync(T0.AddMinutes(1), default)).Queues["Q999"];

        Assert.Equal(0, queue.Waiting);
        Assert.Equal(1, queue.Answered);
    }

    [Fact]
    public async Task An_older_agents_report_does_not_replace_a_newer_one()
    {
        var store = CreateStore();
        await store.SetAgentsAsync("NORTH", 7, T0.AddSeconds(10), default);
        await store.SetAgentsAsync("NORTH", 3, T0.AddSeconds(5), default);
        await store.SetAgentsAsync("SOUTH", 2, T0, default);
        await store.SetAgentsAsync("SOUTH", 0, T0.AddSeconds(1), default);

        var centres = (await store.ReadAsync(T0.AddMinutes(1), default)).Centres;

        Assert.Equal(new CentreAgents(7, T0.AddSeconds(10)), centres["NORTH"]);
        Assert.Equal(new CentreAgents(0, T0.AddSeconds(1)), centres["SOUTH"]);
    }

    [Fact]
    public async Task An_empty_store_reads_as_nothing_known()
    {
        var figures = await CreateStore().ReadAsync(T0, default);

        Assert.Empty(figures.Queues);
        Assert.Empty(figures.Centres);
        Assert.Null(figures.LastEventAt);
    }

    [Fact]
    public async Task Tenants_do_not_see_each_others_calls()
    {
        var met = CreateStore("met");
        var city = CreateStore("city");
        await met.OfferAsync("Q999", "c1", T0, default);
        await met.SetAgentsAsync("NORTH", 4, T0, default);

        var cityFigures = await city.ReadAsync(T0.AddSeconds(1), default);

        Assert.Empty(cityFigures.Queues);
        Assert.Empty(cityFigures.Centres);
        Assert.Equal(1, (await met.ReadAsync(T0.AddSeconds(1), default)).Queues["Q999"].Waiting);
    }
}
