using Portal.Abstractions.Messaging;
using Portal.CallRouting.Live.Services;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Live.Handlers;

/// <summary>A centre reports how many agents are free (an older report never replaces a newer one).</summary>
internal sealed class AgentsAvailableChangedHandler(ILiveStateStore store, LiveStateChanges changes) : IIntegrationEventHandler<AgentsAvailableChanged>
{
    public async Task HandleAsync(AgentsAvailableChanged message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await store.SetAgentsAsync(message.CentreCode, message.AvailableAgents, message.ChangedAt, cancellationToken);
        changes.Notify();
    }
}
