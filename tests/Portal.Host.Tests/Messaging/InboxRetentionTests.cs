using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Host.Data;
using Portal.Host.Messaging.Data;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Messaging;

/// <summary>The inbox forgets messages older than Portal:Bus:InboxRetentionDays, and keeps the recent ones.</summary>
public sealed class InboxRetentionTests
{
    [Fact]
    public async Task Inbox_rows_older_than_the_retention_are_pruned_and_recent_ones_kept()
    {
        using var portal = new PortalFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Portal:Bus:InboxPruneMinutes"] = "0",
                ["Portal:Bus:SweepSeconds"] = "1",
                ["Portal:Bus:InboxRetentionDays"] = "30",
            },
        };
        await portal.EnsureTenantAsync("prune");
        await portal.ShellOfAsync("prune");
        var database = portal.Services.GetRequiredService<TenantStoreLocator>().DatabaseFor(portal.Shells.Table.Find("prune")!);
        var old = Guid.NewGuid();
        var recent = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await using (var db = MessagingContexts.ForTenant(database.Provider, database.ConnectionString))
        {
            db.Inbox.Add(new InboxMessage { MessageId = old, Handler = "h", Type = "t", HandledUnixMs = now.AddDays(-31).ToUnixTimeMilliseconds() });
            db.Inbox.Add(new InboxMessage { MessageId = recent, Handler = "h", Type = "t", HandledUnixMs = now.AddDays(-29).ToUnixTimeMilliseconds() });
            await db.SaveChangesAsync();
        }

        await MessagingPortalFixture.WaitUntilAsync(async () =>
        {
            await using var db = MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
            return !await db.Inbox.AnyAsync(i => i.MessageId == old);
        }, "the old inbox row to be pruned");

        await using var check = MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
        Assert.True(await check.Inbox.AnyAsync(i => i.MessageId == recent));
    }
}
