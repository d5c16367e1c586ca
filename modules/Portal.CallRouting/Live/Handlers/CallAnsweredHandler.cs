using Portal.Abstractions.Messaging;
using Portal.CallRouting.Live.Services;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Live.Handlers;

/// <summary>A call leaves its queue answered; its wait decides whether it counts towards the 10-second service level.</summary>
internal sealed class CallAnsweredHandler(ILiveStateStore store, LiveStateChanges changes) : IIntegrationEventHandler<CallAnswered>
{
    public async Task HandleAsync(CallAnswered message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var withinServiceLevel = message.AnsweredAt - message.OfferedAt <= LiveWindow.ServiceLevelWait;
        await store.AnswerAsync(message.QueueCode, message.CallId, message.AnsweredAt, withinServiceLevel, cancellationToken);
        changes.Notify();
    }
}
