using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// Delayed redelivery on the in-memory bus (the embedded default): the same parked outbox rows as on RabbitMQ, so a
/// message failing its first attempts is handled once on a redelivery, and one that always fails reaches the error
/// queue after every configured delay.
/// </summary>
public sealed class InMemoryRedeliveryTests
{
    private const string Tenant = "imr";
    private const string ProbeHandler = "MessagingProbeHandler";
    private const string FailingHandler = "FailingProbeHandler";
    private const int RetryLimit = 1;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan[] Delays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)];

    [Fact]
    public async Task A_message_is_redelivered_after_its_immediate_retries_and_goes_to_the_error_queue_only_after_the_last_delay()
    {
        using var portal = new RabbitPortalFactory("", "", "", "", retryLimit: RetryLimit, redeliveryDelays: Delays, inMemory: true);
        await portal.SetUpTenantsAsync(Tenant);
        using var client = portal.CreateClient();
        var deadLetters = portal.Services.GetRequiredService<IDeadLetterQueue>();

        // Fails its 2 immediate attempts and the first of redelivery 1: handled on the retry of redelivery 1.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/{Tenant}/api/test/failing?first={RetryLimit + 2}", null)).StatusCode);
        var recovered = await PublishOneProbeAsync(portal, client);
        await Poll.UntilAsync(async () => await portal.InboxCountAsync(Tenant, FailingHandler, recovered) == 1, "the redelivered message to be handled", Patience);
        Assert.Equal(RetryLimit + 3, await AttemptsAsync(client, recovered));
        Assert.Equal(1, await portal.InboxCountAsync(Tenant, ProbeHandler, recovered));
        Assert.DoesNotContain(await deadLetters.ListAsync(100), l => l.MessageId == recovered);

        // Always failing: (1 + RetryLimit) attempts on the first delivery and on each redelivery, then the error queue.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/{Tenant}/api/test/failing?first=0&on=true", null)).StatusCode);
        var failed = await PublishOneProbeAsync(portal, client);
        await Poll.UntilAsync(async () => (await deadLetters.ListAsync(100)).Any(l => l.MessageId == failed), "the failing message in the error queue", Patience);
        Assert.Equal((RetryLimit + 1) * (Delays.Length + 1), await AttemptsAsync(client, failed));
        Assert.Equal(0, await portal.InboxCountAsync(Tenant, FailingHandler, failed));
        await Poll.UntilAsync(async () => await portal.OutboxCountAsync(Tenant) == 0, "no redelivery row left in the outbox", Patience);
    }

    private static async Task<Guid> PublishOneProbeAsync(RabbitPortalFactory portal, HttpClient client)
    {
        await using var before = portal.StoreOf(Tenant);
        var known = (await before.Inbox.Select(i => i.MessageId).ToListAsync()).ToHashSet();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/{Tenant}/api/test/probes?count=1", null)).StatusCode);
        var found = Guid.Empty;
        await Poll.UntilAsync(async () =>
        {
            await using var db = portal.StoreOf(Tenant);
            found = (await db.Inbox.Where(i => i.Handler.EndsWith(ProbeHandler)).Select(i => i.MessageId).ToListAsync()).FirstOrDefault(id => !known.Contains(id));
            return found != Guid.Empty;
        }, "the probe's first handler to run", Patience);
        return found;
    }

    private static async Task<int> AttemptsAsync(HttpClient client, Guid messageId)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/{Tenant}/api/test/attempts/{messageId}"));
        return json.RootElement.GetProperty("attempts").GetInt32();
    }
}
