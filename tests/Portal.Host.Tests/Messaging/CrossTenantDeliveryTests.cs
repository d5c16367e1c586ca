using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.Contracts.Diagnostics;
using Portal.Host.Messaging;

namespace Portal.Host.Tests.Messaging;

/// <summary>Events between tenants on the in-memory bus: delivered into the target only with its consent, else rejected, logged and parked.</summary>
public sealed class CrossTenantDeliveryTests(CrossTenantPortalFixture portal) : IClassFixture<CrossTenantPortalFixture>
{
    private const string Source = CrossTenantPortalFixture.Source;
    private const string Target = CrossTenantPortalFixture.Target;
    private const string Stranger = CrossTenantPortalFixture.Stranger;

    private IServiceProvider Host => portal.Factory.Services;

    [Fact]
    public async Task An_admitted_event_from_the_source_outbox_is_handled_once_in_the_target_and_nowhere_else()
    {
        portal.Consents.Agree(Source, Target);
        var probe = new CrossTenantProbe(Source, Source, Target, Guid.NewGuid(), DateTimeOffset.UtcNow);
        var sourceBefore = await portal.Messaging.InboxCountAsync(Source);
        var strangerBefore = await portal.Messaging.InboxCountAsync(Stranger);
        var targetBefore = await portal.Messaging.InboxCountAsync(Target);

        await PublishFromOutboxAsync(Source, probe);

        await MessagingPortalFixture.WaitUntilAsync(async () => await portal.Messaging.InboxCountAsync(Target) == targetBefore + 1, "the probe to be handled in the target");
        await MessagingPortalFixture.WaitUntilAsync(async () => await portal.Messaging.OutboxCountAsync(Source) == 0, "the source outbox to be emptied");
        Assert.Equal(sourceBefore, await portal.Messaging.InboxCountAsync(Source));
        Assert.Equal(strangerBefore, await portal.Messaging.InboxCountAsync(Stranger));
    }

    [Fact]
    public async Task The_same_event_delivered_twice_runs_the_target_handlers_once()
    {
        portal.Consents.Agree(Source, Target);
        var messageId = Guid.NewGuid();
        var probe = new CrossTenantProbe(Source, Source, Target, Guid.NewGuid(), DateTimeOffset.UtcNow);
        var dispatcher = Host.GetRequiredService<TenantEventDispatcher>();

        Assert.Equal(1, await dispatcher.DispatchAcrossAsync(probe, messageId, CancellationToken.None));
        Assert.Equal(0, await dispatcher.DispatchAcrossAsync(probe, messageId, CancellationToken.None));
        Assert.Equal(1, await portal.Messaging.InboxCountAsync(Target, messageId));
        Assert.Equal(0, await portal.Messaging.InboxCountAsync(Source, messageId));
    }

    [Fact]
    public async Task An_event_the_target_does_not_admit_is_rejected_logged_and_parked_and_changes_nothing_there()
    {
        // Stranger never agreed to take anything from Source.
        var probe = new CrossTenantProbe(Source, Source, Stranger, Guid.NewGuid(), DateTimeOffset.UtcNow);
        var before = await portal.Messaging.InboxCountAsync(Stranger);
        var messageId = await PublishOnBusAsync(probe, header: Source);

        var letter = await ParkedAsync(messageId);
        Assert.Contains($"Tenant '{Stranger}' refused CrossTenantProbe from '{Source}'", letter.Error);
        Assert.Contains("no agreement", letter.Error);
        Assert.Equal(Source, letter.Tenant);
        Assert.Equal(before, await portal.Messaging.InboxCountAsync(Stranger));
        Assert.Contains(portal.Factory.Log.Lines, l => l.Message.Contains("Rejected") && l.Message.Contains(messageId.ToString())
            && l.Message.Contains(Source) && l.Message.Contains(Stranger));
    }

    [Fact]
    public async Task An_event_whose_source_is_not_the_tenant_that_sent_it_is_rejected_even_where_that_source_agreed()
    {
        // Target agreed with Source; Stranger claims to be Source in the body while sending as itself.
        portal.Consents.Agree(Source, Target);
        var forged = new CrossTenantProbe(Stranger, Source, Target, Guid.NewGuid(), DateTimeOffset.UtcNow);
        var before = await portal.Messaging.InboxCountAsync(Target);
        var messageId = await PublishOnBusAsync(forged, header: Stranger);

        var letter = await ParkedAsync(messageId);
        Assert.Contains($"The source '{Source}' is not the tenant '{Stranger}'", letter.Error);
        Assert.Equal(before, await portal.Messaging.InboxCountAsync(Target));
        Assert.Equal(0, await portal.Messaging.InboxCountAsync(Target, messageId));
    }

    [Fact]
    public async Task An_event_whose_header_names_another_tenant_than_its_body_is_rejected()
    {
        portal.Consents.Agree(Source, Target);
        var messageId = await PublishOnBusAsync(new CrossTenantProbe(Source, Source, Target, Guid.NewGuid(), DateTimeOffset.UtcNow), header: Stranger);

        Assert.Contains("does not match", (await ParkedAsync(messageId)).Error);
        Assert.Equal(0, await portal.Messaging.InboxCountAsync(Target, messageId));
    }

    [Fact]
    public async Task An_event_for_an_unknown_tenant_is_rejected()
    {
        var messageId = await PublishOnBusAsync(new CrossTenantProbe(Source, Source, "nosuchforce", Guid.NewGuid(), DateTimeOffset.UtcNow), header: Source);

        Assert.Contains("No tenant named 'nosuchforce'", (await ParkedAsync(messageId)).Error);
    }

    [Fact]
    public async Task A_tenant_outbox_refuses_an_event_on_behalf_of_another_source_or_to_itself()
    {
        var shell = await portal.Factory.ShellOfAsync(Source);
        await using var scope = shell.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IEventOutbox>();

        var onBehalf = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            outbox.PublishAsync([new CrossTenantProbe(Source, Stranger, Target, Guid.NewGuid(), DateTimeOffset.UtcNow)]));
        Assert.Contains("on behalf of", onBehalf.Message);
        var toSelf = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            outbox.PublishAsync([new CrossTenantProbe(Source, Source, Source, Guid.NewGuid(), DateTimeOffset.UtcNow)]));
        Assert.Contains("another tenant", toSelf.Message);
    }

    private async Task PublishFromOutboxAsync(string tenant, CrossTenantProbe probe)
    {
        var shell = await portal.Factory.ShellOfAsync(tenant);
        await using var scope = shell.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IEventOutbox>().PublishAsync([probe]);
    }

    private async Task<Guid> PublishOnBusAsync(CrossTenantProbe probe, string header)
    {
        var messageId = Guid.NewGuid();
        await Host.GetRequiredService<IBus>().Publish(probe,
            Pipe.Execute<PublishContext>(c => { c.MessageId = messageId; c.Headers.Set(PortalMessageHeaders.Tenant, header); }));
        return messageId;
    }

    private async Task<DeadLetter> ParkedAsync(Guid messageId)
    {
        var deadLetters = Host.GetRequiredService<IDeadLetterQueue>();
        await MessagingPortalFixture.WaitUntilAsync(async () => (await deadLetters.ListAsync(1000)).Any(l => l.MessageId == messageId), "the message in the error queue");
        return (await deadLetters.ListAsync(1000)).Single(l => l.MessageId == messageId);
    }
}
