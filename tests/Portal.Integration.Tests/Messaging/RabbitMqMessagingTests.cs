using System.Net;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.Contracts.Diagnostics;
using Portal.Host.Messaging;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>Inbox, rejection, error queue and re-drive against a real RabbitMQ node (a private one: nothing else reads its queues).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RabbitMqMessagingTests(PrivateBrokerPortalFixture fixture) : IClassFixture<PrivateBrokerPortalFixture>
{
    private const string A = PrivateBrokerPortalFixture.A;
    private const string B = PrivateBrokerPortalFixture.B;
    private const string ProbeHandler = "MessagingProbeHandler";
    private const string FailingHandler = "FailingProbeHandler";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private RabbitPortalFactory Portal => fixture.Portal;
    private IDeadLetterQueue DeadLetters => Portal.Services.GetRequiredService<IDeadLetterQueue>();

    [Fact]
    public async Task Readiness_reports_the_bus_by_name_and_healthy()
    {
        using var client = Portal.CreateClient();
        await Poll.UntilAsync(() => Readiness.BusIsHealthyAsync(client), "the bus check to be healthy", Patience);
    }

    [Fact]
    public async Task A_handler_failing_its_first_attempts_succeeds_on_a_delayed_redelivery_and_runs_once()
    {
        using var client = Portal.CreateClient();
        // 3 immediate attempts (RetryLimit 2) fail, then the first attempt of redelivery 1; its first retry succeeds.
        const int failing = (RabbitPortalFactory.DefaultRetryLimit + 1) + 1;
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/{B}/api/test/failing?first={failing}", null)).StatusCode);
        try
        {
            var messageId = await PublishOneProbeAsync(client, B);
            await Poll.UntilAsync(async () => await Portal.InboxCountAsync(B, FailingHandler, messageId) == 1, "the redelivered message to be handled", Patience);

            Assert.Equal(failing + 1, await AttemptsAsync(client, B, messageId));
            Assert.Equal(1, await Portal.InboxCountAsync(B, ProbeHandler, messageId));
            Assert.DoesNotContain(await DeadLetters.ListAsync(1000), l => l.MessageId == messageId);
            // The parked row went out and was deleted once the broker confirmed it.
            await Poll.UntilAsync(async () => await Portal.OutboxCountAsync(B) == 0, "the redelivery row to leave the outbox", Patience);
        }
        finally
        {
            await client.PostAsync($"/{B}/api/test/failing?first=0", null);
        }
    }

    [Fact]
    public async Task A_handler_that_always_throws_ends_in_the_error_queue_after_the_delayed_redeliveries_and_runs_once_when_redriven()
    {
        using var client = Portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/{A}/api/test/failing?on=true", null)).StatusCode);
        try
        {
            var before = (await DeadLetters.ListAsync(1000)).Select(l => l.MessageId).ToHashSet();
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/{A}/api/test/probes?count=1", null)).StatusCode);

            DeadLetter? letter = null;
            await Poll.UntilAsync(async () =>
            {
                letter = (await DeadLetters.ListAsync(1000)).FirstOrDefault(l => !before.Contains(l.MessageId) && l.Tenant == A);
                return letter is not null;
            }, "the failing message in the error queue", Patience);

            Assert.Contains("switched to fail", letter!.Error);
            // Every configured redelivery happened, each with its immediate retries, before the error queue.
            Assert.Equal((RabbitPortalFactory.DefaultRetryLimit + 1) * (RabbitPortalFactory.DefaultRedeliveryDelays.Count + 1),
                await AttemptsAsync(client, A, letter.MessageId));
            await Poll.UntilAsync(async () => await Portal.OutboxCountAsync(A) == 0, "no redelivery row left in the outbox", Patience);
            Assert.Equal(typeof(MessagingProbe).FullName, letter.MessageType);
            Assert.Equal("portal.messaging-probe_error", letter.Queue);
            // The other handler of the same message ran once and is not run again by the retries.
            Assert.Equal(1, await Portal.InboxCountAsync(A, ProbeHandler, letter.MessageId));
            Assert.Equal(0, await Portal.InboxCountAsync(A, FailingHandler, letter.MessageId));

            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/{A}/api/test/failing?on=false", null)).StatusCode);
            Assert.True(await DeadLetters.RedriveAsync(letter.MessageId));

            await Poll.UntilAsync(async () => await Portal.InboxCountAsync(A, FailingHandler, letter.MessageId) == 1, "the re-driven message to be handled", Patience);
            Assert.Equal(1, await Portal.InboxCountAsync(A, ProbeHandler, letter.MessageId));
            Assert.DoesNotContain(await DeadLetters.ListAsync(1000), l => l.MessageId == letter.MessageId);
            Assert.False(await DeadLetters.RedriveAsync(letter.MessageId));
        }
        finally
        {
            await client.PostAsync($"/{A}/api/test/failing?on=false", null);
        }
    }

    [Fact]
    public async Task A_message_whose_tenant_header_disagrees_with_its_body_is_rejected_into_the_error_queue()
    {
        var messageId = Guid.NewGuid();
        await Portal.Services.GetRequiredService<IBus>().Publish(new MessagingProbe(A, Guid.NewGuid(), DateTimeOffset.UtcNow),
            Pipe.Execute<PublishContext>(c => { c.MessageId = messageId; c.Headers.Set(PortalMessageHeaders.Tenant, B); }));

        await Poll.UntilAsync(async () => (await DeadLetters.ListAsync(1000)).Any(l => l.MessageId == messageId), "the rejected message in the error queue", Patience);
        var letter = (await DeadLetters.ListAsync(1000)).Single(l => l.MessageId == messageId);
        Assert.Contains("does not match", letter.Error);
        Assert.Equal(0, await Portal.InboxCountAsync(A, "", messageId));
        Assert.Equal(0, await Portal.InboxCountAsync(B, "", messageId));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_is_handled_once_per_handler()
    {
        var messageId = Guid.NewGuid();
        var probe = new MessagingProbe(B, Guid.NewGuid(), DateTimeOffset.UtcNow);
        var bus = Portal.Services.GetRequiredService<IBus>();
        for (var i = 0; i < 2; i++)
        {
            await bus.Publish(probe, Pipe.Execute<PublishContext>(c => { c.MessageId = messageId; c.Headers.Set(PortalMessageHeaders.Tenant, B); }));
        }

        // A third, later message on the same queue: once it is handled, both copies before it were delivered.
        var marker = Guid.NewGuid();
        await bus.Publish(probe with { ProbeId = Guid.NewGuid() }, Pipe.Execute<PublishContext>(c => { c.MessageId = marker; c.Headers.Set(PortalMessageHeaders.Tenant, B); }));
        await Poll.UntilAsync(async () => await Portal.InboxCountAsync(B, FailingHandler, marker) == 1
            && await Portal.InboxCountAsync(B, FailingHandler, messageId) == 1, "both messages to be handled", Patience);

        Assert.Equal(1, await Portal.InboxCountAsync(B, ProbeHandler, messageId));
        Assert.Equal(1, await Portal.InboxCountAsync(B, FailingHandler, messageId));
    }

    [Fact]
    public async Task Probes_between_tenants_are_handled_once_each_in_the_consenting_target_only()
    {
        const string AcrossHandler = ".CrossTenantProbeHandler";
        const int Count = 40;
        using var client = Portal.CreateClient();
        // The plug-in's publishing endpoint refuses a probe to the tenant itself, and its consent a missing source.
        var toItself = await client.PostAsync($"/{A}/api/test/probes?count=1&to={A}", null);
        Assert.Equal(HttpStatusCode.BadRequest, toItself.StatusCode);
        Assert.Contains("\"to\"", await toItself.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/{B}/api/test/consents", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/{B}/api/test/consents?from={A}", null)).StatusCode);
        var (inB, inA) = (await Portal.InboxCountAsync(B, AcrossHandler), await Portal.InboxCountAsync(A, AcrossHandler));
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/{A}/api/test/probes?count={Count}&to={B}", null)).StatusCode);

        await Poll.UntilAsync(async () => await Portal.InboxCountAsync(B, AcrossHandler) >= inB + Count, "B's handler to run for every probe of A", Patience);
        await Poll.UntilAsync(async () => await Portal.OutboxCountAsync(A) == 0, "A's outbox to be empty", Patience);
        Assert.Equal(inB + Count, await Portal.InboxCountAsync(B, AcrossHandler));
        Assert.Equal(inA, await Portal.InboxCountAsync(A, AcrossHandler));

        // A never consented to probes from B: refused into the error queue, nothing written in A.
        var before = (await DeadLetters.ListAsync(1000)).Select(l => l.MessageId).ToHashSet();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/{B}/api/test/probes?count=1&to={A}", null)).StatusCode);
        DeadLetter? refused = null;
        await Poll.UntilAsync(async () =>
        {
            refused = (await DeadLetters.ListAsync(1000)).FirstOrDefault(l => !before.Contains(l.MessageId) && l.MessageType == typeof(CrossTenantProbe).FullName);
            return refused is not null;
        }, "B's probe to A in the error queue", Patience);
        Assert.Contains($"Tenant '{A}' refused CrossTenantProbe from '{B}'", refused!.Error);
        Assert.Equal(inA, await Portal.InboxCountAsync(A, AcrossHandler));
    }

    /// <summary>Publishes one probe through the tenant's outbox and finds its message id (the first handler's inbox row).</summary>
    private async Task<Guid> PublishOneProbeAsync(HttpClient client, string tenant)
    {
        await using var before = Portal.StoreOf(tenant);
        var known = (await before.Inbox.Select(i => i.MessageId).ToListAsync()).ToHashSet();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"/{tenant}/api/test/probes?count=1", null)).StatusCode);
        Guid? found = null;
        await Poll.UntilAsync(async () =>
        {
            await using var db = Portal.StoreOf(tenant);
            var ids = await db.Inbox.Where(i => i.Handler.EndsWith(ProbeHandler)).Select(i => i.MessageId).ToListAsync();
            found = ids.FirstOrDefault(id => !known.Contains(id));
            return found != Guid.Empty;
        }, "the probe's first handler to run", Patience);
        return found!.Value;
    }

    private static async Task<int> AttemptsAsync(HttpClient client, string tenant, Guid messageId)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/{tenant}/api/test/attempts/{messageId}"));
        return json.RootElement.GetProperty("attempts").GetInt32();
    }
}
