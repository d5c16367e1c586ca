using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts;
using Portal.Host.Shell;

namespace Portal.Host.Messaging;

/// <summary>
/// Runs a message's handlers in the scope of its tenant (or, for an event between tenants, of its admitting target).
/// Each handler runs behind a savepoint that first inserts the inbox row (message id, handler), in a transaction the
/// messages of the same moment for the same store share (<see cref="TenantInboxWriter"/>): a redelivered message
/// finds the row and skips that handler, and a handler that throws rolls its row back so the retry runs it again.
/// </summary>
public sealed class TenantEventDispatcher(ShellHost shells, TimeProvider clock, ILogger<TenantEventDispatcher> logger, TenantInboxWriter inboxWriter)
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
        if (admit is not null)
        {
            // Before any inbox row is written: a refused event changes nothing in the target.
            await using var scope = shell.Services.CreateAsyncScope();
            await admit(scope.ServiceProvider, cancellationToken);
        }

        return await inboxWriter.EnqueueAsync(shell.Services.GetRequiredService<TenantDatabase>(),
            new InboxWorkOf<TEvent>(shell, message, messageId, clock, cancellationToken));
    }
}
