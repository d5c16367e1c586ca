using Portal.Abstractions.Messaging;
using Portal.CallRouting.Live.Services;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Live.Handlers;

/// <summary>A call starts waiting in its queue.</summary>
internal sealed class CallOfferedHandler(ILiveStateStore store, LiveStateChanges changes) : IIntegrationEventHandler<CallOffered>
{
    public async Task HandleAsync(CallOffered message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await store.OfferAsync(message.QueueCode, message.CallId, message.OfferedAt, cancellationToken);
        changes.Notify();
    }
}
