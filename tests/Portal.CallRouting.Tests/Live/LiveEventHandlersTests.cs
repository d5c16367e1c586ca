using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Abstractions.Messaging;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Live.Handlers;
using Portal.CallRouting.Live.Services;
using Portal.CallRouting.Tests.Support.Live;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Tests.Live;

/// <summary>The handlers apply each telephony event to the store (or the centre states), and the snapshot shows it.</summary>
public sealed class LiveEventHandlersTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.UtcNow.AddMinutes(-1);

    [Fact]
    public async Task Each_event_changes_the_snapshot_decisions_read()
    {
        var store = new InProcessLiveStateStore();
        var directory = new FakeRoutingDirectory(LiveTestConfiguration.Force);
        var states = new FakeCentreServiceStates(directory, TimeProvider.System);
        var changes = new LiveStateChanges();
        var services = new ServiceCollection().AddSingleton<IRoutingDirectory>(directory).AddSingleton<ICentreServiceStates>(states).BuildServiceProvider();
        var reader = new CachedLiveState(store, services.GetRequiredService<IServiceScopeFactory>(), changes, TimeProvider.System, NullLogger<CachedLiveState>.Instance);
        var context = new TestEventContext();

        await new CallOfferedHandler(store, changes).HandleAsync(new CallOffered("met", "c1", "Q999", T0), context, default);
        await new CallOfferedHandler(store, changes).HandleAsync(new CallOffered("met", "c2", "Q999", T0.AddSeconds(1)), context, default);
        await new CallOfferedHandler(store, changes).HandleAsync(new CallOffered("met", "c3", "Q999", T0.AddSeconds(2)), context, default);
        await new CallAnsweredHandler(store, changes).HandleAsync(new CallAnswered("met", "c1", "Q999", "NORTH", T0, T0.AddSeconds(8)), context, default);
        await new CallAnsweredHandler(store, changes).HandleAsync(new CallAnswered("met", "c2", "Q999", "NORTH", T0.AddSeconds(1), T0.AddSeconds(12)), context, default);
        await new CallAbandonedHandler(store, changes).HandleAsync(new CallAbandoned("met", "c3", "Q999", T0.AddSeconds(20)), context, default);
        await new AgentsAvailableChangedHandler(store, changes).HandleAsync(new AgentsAvailableChanged("met", "NORTH", 3, T0), context, default);
        await new AgentsAvailableChangedHandler(store, changes).HandleAsync(new AgentsAvailableChanged("met", "SOUTH", 2, T0), context, default);
        await new CentreStateChangedHandler(states, directory, changes).HandleAsync(new CentreStateChanged("met", "SOUTH", "Unstaffed", "Night", "telephony-client", T0), context, default);

        var state = await reader.SnapshotAsync(default);

        var queue = state.Queue("Q999");
        Assert.Equal(0, queue.Waiting);
        Assert.Equal(0.5, queue.AnsweredWithin10sShare, precision: 6);
        Assert.Equal(1, queue.AbandonedLast15Minutes);
        // South is unstaffed: only North's agents answer the 999 queue.
        Assert.Equal(3, queue.AvailableAgents);
        Assert.Equal(CentreServiceState.Unstaffed, state.Centres["SOUTH"].ServiceState);
        Assert.Equal("telephony-client", Assert.Single(states.Changes).ChangedBy);
    }

    [Fact]
    public async Task A_state_change_for_a_centre_the_registry_does_not_know_fails_rather_than_vanishing()
    {
        var directory = new FakeRoutingDirectory(LiveTestConfiguration.Force);
        var handler = new CentreStateChangedHandler(new FakeCentreServiceStates(directory, TimeProvider.System), directory, new LiveStateChanges());

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            handler.HandleAsync(new CentreStateChanged("met", "EAST", "Down", "fire", "telephony-client", T0), new TestEventContext(), default));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            handler.HandleAsync(new CentreStateChanged("met", "SOUTH", "3", "numbers are not names", "telephony-client", T0), new TestEventContext(), default));
    }

    private sealed class TestEventContext : IntegrationEventContext
    {
        public override Guid MessageId { get; } = Guid.NewGuid();

        public override string Tenant => "met";

        public override Task EnlistAsync(Microsoft.EntityFrameworkCore.DbContext moduleContext, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public override void AfterCommit(Func<CancellationToken, Task> action) => action(CancellationToken.None).GetAwaiter().GetResult();
    }
}
