using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts;
using Portal.Host.Messaging.Data;
using Portal.Host.Shell;

namespace Portal.Host.Messaging;

/// <summary>
/// Runs a message's handlers in the scope of its tenant. Each handler runs in a transaction that first inserts
/// the inbox row (message id, handler): a redelivered message finds the row and skips that handler, and a
/// handler that throws rolls its row back so the retry runs it again.
/// </summary>
public sealed class TenantEventDispatcher(ShellHost shells, TimeProvider clock, ILogger<TenantEventDispatcher> logger)
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

    private async Task<int> RunHandlersAsync<TEvent>(ShellContext shell, TEvent message, Guid messageId, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent
    {
        var database = shell.Services.GetRequiredService<TenantDatabase>();
        var ran = 0;
        await using var scope = shell.Services.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            if (await RunOnceAsync(database, shell.Settings.Name, handler, message, messageId, cancellationToken))
            {
                ran++;
            }
        }

        return ran;
    }

    private async Task<bool> RunOnceAsync<TEvent>(TenantDatabase database, string tenant, IIntegrationEventHandler<TEvent> handler, TEvent message,
        Guid messageId, CancellationToken cancellationToken) where TEvent : class, IIntegrationEvent
    {
        var handlerName = handler.GetType().FullName ?? handler.GetType().Name;
        await using var inbox = MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
        await inbox.Database.OpenConnectionAsync(cancellationToken);
        // On SQLite this is BEGIN IMMEDIATE (the write lock up front); on PostgreSQL a concurrent duplicate
        // blocks on the primary key below until the first delivery commits, then fails: it never runs twice.
        await using var transaction = await inbox.Database.BeginTransactionAsync(cancellationToken);
        if (await inbox.Inbox.AnyAsync(i => i.MessageId == messageId && i.Handler == handlerName, cancellationToken))
        {
            logger.LogDebug("Tenant {Tenant}: message {MessageId} already handled by {Handler}", tenant, messageId, handlerName);
            return false;
        }

        inbox.Inbox.Add(new InboxMessage
        {
            MessageId = messageId,
            Handler = handlerName,
            Type = typeof(TEvent).FullName!,
            HandledUnixMs = clock.GetUtcNow().ToUnixTimeMilliseconds(),
        });
        try
        {
            await inbox.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            if (await AlreadyHandledAsync(database, messageId, handlerName))
            {
                logger.LogDebug("Tenant {Tenant}: message {MessageId} was handled by {Handler} concurrently", tenant, messageId, handlerName);
                return false;
            }

            throw;
        }

        await handler.HandleAsync(message, new InboxEventContext(messageId, tenant, inbox), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<bool> AlreadyHandledAsync(TenantDatabase database, Guid messageId, string handlerName)
    {
        await using var check = MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
        return await check.Inbox.AnyAsync(i => i.MessageId == messageId && i.Handler == handlerName);
    }
}
