using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.Contracts;
using Portal.Host.Messaging.Data;
using Portal.Host.Shell;

namespace Portal.Host.Messaging;

/// <summary>A message of contract <typeparamref name="TEvent"/> for the handlers of one tenant's shell.</summary>
internal sealed class InboxWorkOf<TEvent>(ShellContext shell, TEvent message, Guid messageId, TimeProvider clock, CancellationToken cancellationToken)
    : InboxWork(messageId, cancellationToken)
    where TEvent : class, IIntegrationEvent
{
    private static readonly string TypeName = typeof(TEvent).FullName!;

    public override async Task<(int Ran, Exception? Error)> RunAsync(InboxBatch batch)
    {
        var ran = 0;
        var tenant = shell.Settings.Name;
        await using var scope = shell.Services.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            var handlerName = handler.GetType().FullName ?? handler.GetType().Name;
            if (batch.IsHandled(MessageId, handlerName))
            {
                continue;
            }

            var row = new InboxMessage
            {
                MessageId = MessageId,
                Handler = handlerName,
                Type = TypeName,
                HandledUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
            };
            try
            {
                if (await batch.RunHandlerAsync(row, () => handler.HandleAsync(message, new InboxEventContext(MessageId, tenant, batch.Inbox), CancellationToken),
                        CancellationToken))
                {
                    ran++;
                }
            }
            catch (Exception ex) when (!batch.IsBroken)
            {
                // The handlers after it wait for the retry, as they would have without batching.
                return (ran, ex);
            }
        }

        return (ran, null);
    }
}
