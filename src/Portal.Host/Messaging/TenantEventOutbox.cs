using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts;
using Portal.Host.Messaging.Data;

namespace Portal.Host.Messaging;

/// <summary>A tenant's outbox (scoped in the tenant container): rows in the tenant's own store, then a wake-up for the dispatcher.</summary>
internal sealed class TenantEventOutbox(ShellSettings tenant, TenantDatabase database, OutboxSignal signal, TimeProvider clock) : IEventOutbox
{
    public async Task SaveChangesAsync(DbContext moduleContext, IReadOnlyCollection<IIntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        Check(events);
        var committed = await OutboxWriter.SaveAsync(moduleContext, c => MessagingContexts.ForTenant(database.Provider, c), events, clock, cancellationToken);
        if (events.Count > 0)
        {
            signal.Wake(tenant.Name);
            if (!committed)
            {
                // The module commits its own transaction after this call: look again shortly, besides the sweep.
                _ = Task.Delay(TimeSpan.FromMilliseconds(250), clock).ContinueWith(_ => signal.Wake(tenant.Name), TaskScheduler.Default);
            }
        }
    }

    public async Task PublishAsync(IReadOnlyCollection<IIntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        Check(events);
        await using var db = MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
        db.Outbox.AddRange(OutboxWriter.ToRows(events, clock));
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake(tenant.Name);
    }

    // A tenant publishes only as itself: the consumers would reject anything else, better to fail the change now.
    private void Check(IReadOnlyCollection<IIntegrationEvent> events)
    {
        foreach (var e in events)
        {
            if (!string.Equals(e.TenantId, tenant.Name, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Tenant '{tenant.Name}' cannot publish an event of tenant '{e.TenantId}'.");
            }

            if (e is ICrossTenantEvent cross && !string.Equals(cross.SourceTenant, tenant.Name, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Tenant '{tenant.Name}' cannot send on behalf of '{cross.SourceTenant}'.");
            }

            _ = ContractTypes.NameOf(e);
        }
    }
}
