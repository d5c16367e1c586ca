using Portal.Abstractions.Messaging;
using Portal.CallRouting.Live.Services;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Live.Handlers;

/// <summary>The caller gave up: the call leaves its queue and counts as abandoned for 15 minutes.</summary>
internal sealed class CallAbandonedHandler(ILiveStateStore store, LiveStateChanges changes) : IIntegrationEventHandler<CallAbandoned>
{
    public async Task HandleAsync(CallAbandoned message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await store.AbandonAsync(message.QueueCode, message.CallId, message.AbandonedAt, cancellationToken);
        changes.Notify();
    }
}
