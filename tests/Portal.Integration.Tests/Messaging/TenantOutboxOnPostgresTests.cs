using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// The tenants' outboxes and inboxes on PostgreSQL: tables in each tenant's own schema, reached with the tenant's
/// own role, by the dispatcher as well as by the requests. Events of two tenants go out through RabbitMQ (a private
/// node) and are each handled once, in their own tenant.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class TenantOutboxOnPostgresTests(ThrowawayDatabase database) : IClassFixture<ThrowawayDatabase>
{
    private const string A = "pga";
    private const string B = "pgb";
    private const int PerRequest = 20;

    [Fact]
    public async Task Events_of_two_tenants_on_postgres_are_each_handled_once_in_their_own_schema()
    {
        await using var rabbit = new PrivateRabbitMq();
        await rabbit.StartAsync();
        using var portal = new RabbitPortalFactory(rabbit.Host, rabbit.VirtualHost, PrivateRabbitMq.User, rabbit.Password, postgres: database);
        await portal.SetUpTenantsAsync(A, B);
        using var client = portal.CreateClient();

        foreach (var tenant in new[] { A, B, A })
        {
            using var response = await client.PostAsync($"/{tenant}/api/test/probes?count={PerRequest}", null);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        await Poll.UntilAsync(async () => await portal.InboxCountAsync(A, "MessagingProbeHandler") == 2 * PerRequest
                && await portal.InboxCountAsync(B, "MessagingProbeHandler") == PerRequest
                && await portal.OutboxCountAsync(A) == 0 && await portal.OutboxCountAsync(B) == 0,
            "every event handled and both outboxes empty", TimeSpan.FromMinutes(2));

        await using var a = portal.StoreOf(A);
        await using var b = portal.StoreOf(B);
        var idsA = await a.Inbox.Select(i => i.MessageId).Distinct().ToListAsync();
        var idsB = await b.Inbox.Select(i => i.MessageId).Distinct().ToListAsync();
        Assert.Equal(2 * PerRequest, idsA.Count);
        Assert.Empty(idsA.Intersect(idsB));
        var schemas = await PostgresSql.StringsAsync(database.ConnectionString,
            "SELECT table_schema FROM information_schema.tables WHERE table_name = 'OutboxMessages' ORDER BY table_schema");
        Assert.Contains(database.RolePrefix + A, schemas);
        Assert.Contains(database.RolePrefix + B, schemas);
    }
}
