using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// The outbox under broker failure: events published from requests of two tenants while the test kills the
/// broker (kill -9 of its private node) and starts it again. Afterwards every event was handled exactly once,
/// in its own tenant, and every outbox is empty.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutboxUnderBrokerFailureTests
{
    private const string A = "oba";
    private const string B = "obb";
    private const int Requests = 100;
    private const int PerRequest = 50; // 5,000 events, 2,500 per tenant
    private const string ProbeHandler = "MessagingProbeHandler";
    private const string FailingHandler = "FailingProbeHandler";

    [Fact]
    public async Task Five_thousand_events_sent_while_the_broker_is_killed_and_restarted_are_each_handled_once_in_their_own_tenant()
    {
        await using var rabbit = new PrivateRabbitMq();
        await rabbit.StartAsync();
        using var portal = new RabbitPortalFactory(rabbit.Host, rabbit.VirtualHost, PrivateRabbitMq.User, rabbit.Password, retryLimit: 5);
        await portal.SetUpTenantsAsync(A, B);
        using var client = portal.CreateClient();

        var patience = TimeSpan.FromMinutes(3);
        // Phase 1: 30 requests (1,500 events); the broker is killed while their events are still flowing.
        await SendAsync(client, 0, 30);
        await Poll.UntilAsync(async () => await HandledAsync(portal, A) + await HandledAsync(portal, B) >= 100, "the first events to be handled", patience);
        Assert.True(await HandledAsync(portal, A) + await HandledAsync(portal, B) < 1500, "Everything was handled before the kill: the test would prove nothing.");
        await rabbit.KillAsync();

        // Phase 2: 40 requests while the broker is away; they succeed, their events wait in the outboxes.
        await SendAsync(client, 30, 70);
        Assert.True(await portal.OutboxCountAsync(A) + await portal.OutboxCountAsync(B) >= 40 * PerRequest,
            "The events of the requests sent while the broker was down must wait in the outboxes.");

        // Phase 3: the broker comes back on the same data while the last 30 requests come in.
        var restarting = rabbit.StartAsync();
        await SendAsync(client, 70, Requests);
        await restarting;

        const int expected = Requests / 2 * PerRequest;
        // Both handlers of each message (they run one after the other), in both tenants.
        await Poll.UntilAsync(async () => await HandledAsync(portal, A) == expected && await HandledAsync(portal, B) == expected
                && await portal.InboxCountAsync(A, FailingHandler) == expected && await portal.InboxCountAsync(B, FailingHandler) == expected
                && await portal.OutboxCountAsync(A) == 0 && await portal.OutboxCountAsync(B) == 0,
            "every event to be handled and the outboxes emptied", TimeSpan.FromMinutes(5));

        // Exactly once: the inbox key allows one row per message and handler, and the counts are exact for both handlers.
        foreach (var tenant in new[] { A, B })
        {
            Assert.Equal(expected, await portal.InboxCountAsync(tenant, ProbeHandler));
            Assert.Equal(expected, await portal.InboxCountAsync(tenant, FailingHandler));
        }

        // None crossed tenants: no message id was handled in both, and nothing was rejected into the error queue.
        await using var a = portal.StoreOf(A);
        await using var b = portal.StoreOf(B);
        var idsA = await a.Inbox.Select(i => i.MessageId).Distinct().ToListAsync();
        var idsB = await b.Inbox.Select(i => i.MessageId).Distinct().ToListAsync();
        Assert.Equal(expected, idsA.Count);
        Assert.Empty(idsA.Intersect(idsB));
        Assert.Empty(await portal.Services.GetRequiredService<IDeadLetterQueue>().ListAsync(100));
    }

    private static Task SendAsync(HttpClient client, int from, int to) =>
        // Four requests at a time, alternating tenants; every one must succeed, broker or not.
        Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            var response = await client.PostAsync($"/{(i % 2 == 0 ? A : B)}/api/test/probes?count={PerRequest}", null, ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        });

    private static Task<int> HandledAsync(RabbitPortalFactory portal, string tenant) => portal.InboxCountAsync(tenant, ProbeHandler);
}
