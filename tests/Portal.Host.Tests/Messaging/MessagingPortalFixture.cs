using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Host.Data;
using Portal.Host.Messaging;
using Portal.Host.Messaging.Data;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Messaging;

/// <summary>One portal on the in-memory bus with two tenants, and ways to look into their outbox and inbox tables.</summary>
public sealed class MessagingPortalFixture : IAsyncLifetime
{
    public const string TenantA = "msga";
    public const string TenantB = "msgb";

    public PortalFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Factory.EnsureTenantAsync(TenantA);
        await Factory.EnsureTenantAsync(TenantB);
        // Activation migrates the tenant's messaging store.
        await Factory.ShellOfAsync(TenantA);
        await Factory.ShellOfAsync(TenantB);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public TenantMessagingDbContext StoreOf(string tenant)
    {
        var settings = Factory.Shells.Table.Find(tenant) ?? throw new InvalidOperationException($"No tenant {tenant}.");
        var database = Factory.Services.GetRequiredService<TenantStoreLocator>().DatabaseFor(settings);
        return MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
    }

    public async Task<int> InboxCountAsync(string tenant, Guid? messageId = null)
    {
        await using var db = StoreOf(tenant);
        return await db.Inbox.CountAsync(i => messageId == null || i.MessageId == messageId);
    }

    public async Task<int> OutboxCountAsync(string tenant)
    {
        await using var db = StoreOf(tenant);
        return await db.Outbox.CountAsync();
    }

    public async Task<int> PlatformOutboxCountAsync()
    {
        await using var db = Factory.Services.GetRequiredService<PlatformOutbox>().CreateContext();
        return await db.Outbox.CountAsync();
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? patience = null)
    {
        var deadline = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(50);
        }
    }
}
