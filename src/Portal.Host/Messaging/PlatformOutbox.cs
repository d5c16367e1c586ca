using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Shell;
using Portal.Contracts;
using Portal.Host.Data;
using Portal.Host.Messaging.Data;

namespace Portal.Host.Messaging;

/// <summary>
/// The platform's outbox in the platform store: a change of the tenants table and the event announcing it commit
/// together (ShellSettingsManager saves through here).
/// </summary>
public sealed class PlatformOutbox(PlatformStore store, TenantStoreLocator locator, OutboxSignal signal, TimeProvider clock)
{
    public DatabaseProvider Provider => store.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <summary>Saves <paramref name="platformContext"/>'s changes and <paramref name="events"/> in one transaction.</summary>
    public async Task SaveChangesAsync(DbContext platformContext, IReadOnlyCollection<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events.Where(e => e.TenantId != ShellSettings.DefaultName))
        {
            throw new InvalidOperationException($"The platform publishes as '{ShellSettings.DefaultName}', not '{e.TenantId}'.");
        }

        var committed = await OutboxWriter.SaveAsync(platformContext, c => MessagingContexts.ForPlatform(Provider, c), events, clock, cancellationToken);
        if (committed && events.Count > 0)
        {
            signal.Wake(null);
        }
    }

    /// <summary>A context on the platform store's outbox (its own connection).</summary>
    public PlatformOutboxDbContext CreateContext() => MessagingContexts.ForPlatform(Provider, ConnectionString);

    private string ConnectionString
    {
        get
        {
            if (!store.IsPostgres)
            {
                return locator.PlatformSqliteConnectionString();
            }

            using var platform = store.CreateContext();
            return platform.Database.GetConnectionString()!;
        }
    }
}
