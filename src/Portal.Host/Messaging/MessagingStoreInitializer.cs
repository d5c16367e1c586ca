using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Host.Data;

namespace Portal.Host.Messaging;

/// <summary>Migrates the platform store's outbox at start-up, before the platform initializer may save (and announce) a tenant.</summary>
internal sealed class MessagingStoreInitializer(
    PlatformOutbox outbox,
    TenantStoreLocator locator,
    IOptions<PortalOptions> options,
    ILogger<MessagingStoreInitializer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(locator.DataDir);
        return StoreStartupWait.RunAsync(MigrateAsync, TimeSpan.FromSeconds(options.Value.Database.StartupWaitSeconds), logger, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = outbox.CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
