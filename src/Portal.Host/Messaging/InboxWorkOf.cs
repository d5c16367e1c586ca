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
        var scope = shell.Services.CreateAsyncScope();
        batch.Scopes.Add(scope);
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
            var context = new InboxEventContext(MessageId, tenant, batch.Inbox);
            try
            {
                if (await batch.RunHandlerAsync(row, () => handler.HandleAsync(message, context, CancellationToken), CancellationToken))
                {
                    ran++;
                    // Kept only for a handler whose savepoint was released: it runs once the batch commits.
                    batch.AfterCommit.AddRange(context.Committed);
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
