using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts;
using Portal.Host.Shell;

namespace Portal.Host.Messaging;

/// <summary>
/// Runs a message's handlers in the scope of its tenant. Each handler runs behind a savepoint that first inserts
/// the inbox row (message id, handler), in a transaction the messages of the same moment for the same store share
/// (<see cref="TenantInboxWriter"/>): a redelivered message finds the row and skips that handler, and a handler
/// that throws rolls its row back so the retry runs it again.
/// </summary>
public sealed class TenantEventDispatcher(ShellHost shells, TimeProvider clock, ILogger<TenantEventDispatcher> logger, TenantInboxWriter inboxWriter)
{
    private const int MaxShellAttempts = 3;

    /// <returns>How many handlers ran now (0 when every handler had already handled the message).</returns>
    public async Task<int> DispatchAsync<TEvent>(TEvent message, Guid messageId, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent
    {
        for (var attempt = 1; ; attempt++)
        {
            var settings = shells.Table.Find(message.TenantId);
            if (settings is null)
            {
                throw new MessageRejectedException($"No tenant named '{message.TenantId}'.");
            }

            if (settings is { IsDefault: true, State: TenantState.Uninitialized or TenantState.Initializing })
            {
                // The platform announces its own creation and setup before it runs: no module of it exists yet to handle that.
                logger.LogInformation("The platform is being set up; no handler of {MessageType} {MessageId} exists yet", typeof(TEvent).Name, messageId);
                return 0;
            }

            if (settings.State == TenantState.Initializing)
            {
                // Being set up right now (seconds): the retries with back-off give it time, then the error queue keeps it.
                throw new InvalidOperationException($"Tenant '{message.TenantId}' is being set up; its message is retried.");
            }

            if (settings.State != TenantState.Running)
            {
                throw new MessageRejectedException($"Tenant '{message.TenantId}' is {settings.State}: its messages are not handled.");
            }

            var shell = await shells.GetOrCreateAsync(settings);
            // The lease keeps the container alive while the handlers run, even if the tenant is released meanwhile.
            using var lease = shell.TryAcquire();
            if (lease is null)
            {
                if (attempt < MaxShellAttempts)
                {
                    continue;
                }

                throw new InvalidOperationException($"The shell of tenant '{message.TenantId}' kept being released.");
            }

            return await RunHandlersAsync(shell, message, messageId, cancellationToken);
        }
    }

    private Task<int> RunHandlersAsync<TEvent>(ShellContext shell, TEvent message, Guid messageId, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent =>
        inboxWriter.EnqueueAsync(shell.Services.GetRequiredService<TenantDatabase>(),
            new InboxWorkOf<TEvent>(shell, message, messageId, clock, cancellationToken));
}
