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
/// Runs a message's handlers in the scope of its tenant (or, for an event between tenants, of its admitting target). Each handler runs in a transaction that first inserts
/// the inbox row (message id, handler): a redelivered message finds the row and skips that handler, and a
/// handler that throws rolls its row back so the retry runs it again.
/// </summary>
public sealed class TenantEventDispatcher(ShellHost shells, TimeProvider clock, ILogger<TenantEventDispatcher> logger)
{
    private const int MaxShellAttempts = 3;

    /// <returns>How many handlers ran now (0 when every handler had already handled the message).</returns>
    public Task<int> DispatchAsync<TEvent>(TEvent message, Guid messageId, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent =>
        DispatchIntoAsync(message.TenantId, message, messageId, admit: null, cancellationToken);

    /// <summary>
    /// Delivers an event between tenants into the scope of its <see cref="ICrossTenantEvent.TargetTenant"/>, and only
    /// there: the source must be a running tenant, and the target must admit the event through every
    /// <see cref="ICrossTenantAdmission{TEvent}"/> its container holds (none = no consent = rejected). The admission is
    /// asked before any inbox row is written, so a refusal changes nothing in the target. The inbox is the target's.
    /// </summary>
    /// <returns>How many handlers ran now (0 when every handler had already handled the message).</returns>
    public Task<int> DispatchAcrossAsync<TEvent>(TEvent message, Guid messageId, CancellationToken cancellationToken)
        where TEvent : class, ICrossTenantEvent
    {
        var source = shells.Table.Find(message.SourceTenant);
        if (source is not { State: TenantState.Running })
        {
            throw new MessageRejectedException(source is null
                ? $"No tenant named '{message.SourceTenant}' can send {typeof(TEvent).Name}."
                : $"Tenant '{message.SourceTenant}' is {source.State}: what it sent is not delivered to other tenants.");
        }

        return DispatchIntoAsync(message.TargetTenant, message, messageId, (scope, ct) => AdmitAsync(scope, message, ct), cancellationToken);
    }

    private static async Task AdmitAsync<TEvent>(IServiceProvider scope, TEvent message, CancellationToken cancellationToken)
        where TEvent : class, ICrossTenantEvent
    {
        var admissions = scope.GetServices<ICrossTenantAdmission<TEvent>>().ToList();
        if (admissions.Count == 0)
        {
            throw new MessageRejectedException(
                $"Tenant '{message.TargetTenant}' does not receive {typeof(TEvent).Name} from other tenants (no module of it admits that contract).");
        }

        foreach (var admission in admissions)
        {
            var decision = await admission.DecideAsync(message, cancellationToken);
            if (!decision.Admitted)
            {
                throw new MessageRejectedException(
                    $"Tenant '{message.TargetTenant}' refused {typeof(TEvent).Name} from '{message.SourceTenant}': {decision.Reason ?? "no reason given"}.");
            }
        }
    }

    private async Task<int> DispatchIntoAsync<TEvent>(string tenant, TEvent message, Guid messageId,
        Func<IServiceProvider, CancellationToken, Task>? admit, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent
    {
        for (var attempt = 1; ; attempt++)
        {
            var settings = shells.Table.Find(tenant);
            if (settings is null)
            {
                throw new MessageRejectedException($"No tenant named '{tenant}'.");
            }

            if (admit is null && settings is { IsDefault: true, State: TenantState.Uninitialized or TenantState.Initializing })
            {
                // The platform announces its own creation and setup before it runs: no module of it exists yet to handle that.
                logger.LogInformation("The platform is being set up; no handler of {MessageType} {MessageId} exists yet", typeof(TEvent).Name, messageId);
                return 0;
            }

            if (settings.State == TenantState.Initializing)
            {
                // Being set up right now (seconds): the retries with back-off give it time, then the error queue keeps it.
                throw new InvalidOperationException($"Tenant '{tenant}' is being set up; its message is retried.");
            }

            if (settings.State != TenantState.Running)
            {
                throw new MessageRejectedException($"Tenant '{tenant}' is {settings.State}: its messages are not handled.");
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

                throw new InvalidOperationException($"The shell of tenant '{tenant}' kept being released.");
            }

            return await RunHandlersAsync(shell, message, messageId, admit, cancellationToken);
        }
    }

    private async Task<int> RunHandlersAsync<TEvent>(ShellContext shell, TEvent message, Guid messageId,
        Func<IServiceProvider, CancellationToken, Task>? admit, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent
    {
        var database = shell.Services.GetRequiredService<TenantDatabase>();
        var ran = 0;
        await using var scope = shell.Services.CreateAsyncScope();
        if (admit is not null)
        {
            await admit(scope.ServiceProvider, cancellationToken);
        }

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

        var context = new InboxEventContext(messageId, tenant, inbox);
        await handler.HandleAsync(message, context, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var action in context.Committed)
        {
            try
            {
                await action(cancellationToken);
            }
            catch (Exception ex)
            {
                // Handled and committed: running the handler again would apply the change twice.
                logger.LogError(ex, "Tenant {Tenant}: after-commit work of {Handler} for message {MessageId} failed", tenant, handlerName, messageId);
            }
        }

        return true;
    }

    private static async Task<bool> AlreadyHandledAsync(TenantDatabase database, Guid messageId, string handlerName)
    {
        await using var check = MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
        return await check.Inbox.AnyAsync(i => i.MessageId == messageId && i.Handler == handlerName);
    }
}
