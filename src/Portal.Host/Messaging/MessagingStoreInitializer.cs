using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Portal.Host.Data;

namespace Portal.Host.Messaging;

/// <summary>Migrates the platform store's outbox at start-up, before the platform initializer may save (and announce) a tenant.</summary>
internal sealed class MessagingStoreInitializer(PlatformOutbox outbox, TenantStoreLocator locator) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(locator.DataDir);
        await using var db = outbox.CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
