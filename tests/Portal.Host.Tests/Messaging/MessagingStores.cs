using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Host.Data;
using Portal.Host.Messaging;
using Portal.Host.Messaging.Data;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Messaging;

/// <summary>Looks into a tenant's outbox and inbox tables of a test portal.</summary>
public sealed class MessagingStores(PortalFactory factory)
{
    public TenantMessagingDbContext StoreOf(string tenant)
    {
        var settings = factory.Shells.Table.Find(tenant) ?? throw new InvalidOperationException($"No tenant {tenant}.");
        var database = factory.Services.GetRequiredService<TenantStoreLocator>().DatabaseFor(settings);
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
}
