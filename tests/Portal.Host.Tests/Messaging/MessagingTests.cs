using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Contracts.Diagnostics;
using Portal.Contracts.Platform;
using Portal.Host.Data;
using Portal.Host.Messaging;
using Portal.Host.Shell;

namespace Portal.Host.Tests.Messaging;

/// <summary>Outbox, inbox, rejection, error queue and tenant fan-out on the in-memory bus.</summary>
public sealed class MessagingTests(MessagingPortalFixture portal) : IClassFixture<MessagingPortalFixture>
{
    private const string A = MessagingPortalFixture.TenantA;
    private const string B = MessagingPortalFixture.TenantB;

    private IServiceProvider Host => portal.Factory.Services;

    [Fact]
    public async Task An_event_saved_with_a_change_is_handled_once_in_its_tenant_and_leaves_the_outbox_empty()
    {
        var before = await portal.InboxCountAsync(A);
        var otherBefore = await portal.InboxCountAsync(B);
        var shell = await portal.Factory.ShellOfAsync(A);
        await using (var scope = shell.Services.CreateAsyncScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<TenantDatabase>();
            await using var notes = NoteDbContext.On(database.ConnectionString);
            await notes.EnsureTableAsync();
            notes.Notes.Add(new NoteDbContext.Note { Id = Guid.NewGuid(), Text = "committed" });
            await scope.ServiceProvider.GetRequiredService<IEventOutbox>()
                .SaveChangesAsync(notes, [new MessagingProbe(A, Guid.NewGuid(), DateTimeOffset.UtcNow)]);
        }

        await MessagingPortalFixture.WaitUntilAsync(async () => await portal.InboxCountAsync(A) == before + 1, "the probe to be handled in its tenant");
        await MessagingPortalFixture.WaitUntilAsync(async () => await portal.OutboxCountAsync(A) == 0, "the outbox to be emptied");
        Assert.Equal(otherBefore, await portal.InboxCountAsync(B));
    }

    [Fact]
    public async Task An_event_enqueued_with_a_change_that_rolls_back_is_never_published()
    {
        var before = await portal.InboxCountAsync(B);
        var shell = await portal.Factory.ShellOfAsync(B);
        await using var scope = shell.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IEventOutbox>();
        var database = scope.ServiceProvider.GetRequiredService<TenantDatabase>();
        var noteId = Guid.NewGuid();
        await using (var notes = NoteDbContext.On(database.ConnectionString))
        {
            await notes.EnsureTableAsync();
            await using var transaction = await notes.Database.BeginTransactionAsync();
            notes.Notes.Add(new NoteDbContext.Note { Id = noteId, Text = "rolled back" });
            await outbox.SaveChangesAsync(notes, [new MessagingProbe(B, Guid.NewGuid(), DateTimeOffset.UtcNow)]);
            await transaction.RollbackAsync();
        }

        // A probe published afterwards is handled: had the first one been stored, it would have been handled too.
        await outbox.PublishAsync([new MessagingProbe(B, Guid.NewGuid(), DateTimeOffset.UtcNow)]);
        await MessagingPortalFixture.WaitUntilAsync(async () => await portal.InboxCountAsync(B) >= before + 1, "the later probe to be handled");
        await MessagingPortalFixture.WaitUntilAsync(async () => await portal.OutboxCountAsync(B) == 0, "the outbox to be emptied");
        await Task.Delay(300); // nothing timed: only lets a wrongly published probe arrive before counting
        Assert.Equal(before + 1, await portal.InboxCountAsync(B));
        await using var check = NoteDbContext.On(database.ConnectionString);
        Assert.False(await check.Notes.AnyAsync(n => n.Id == noteId));
    }

    [Fact]
    public async Task Setting_up_the_platform_and_its_tenants_parks_no_message_in_the_error_queue()
    {
        // The platform announces its own creation before it runs, and tenants announce their setup: none of it is an error.
        await MessagingPortalFixture.WaitUntilAsync(async () => await portal.PlatformOutboxCountAsync() == 0, "the platform outbox to be emptied");
        var parked = await Host.GetRequiredService<IDeadLetterQueue>().ListAsync(1000);
        Assert.DoesNotContain(parked, l => l.Tenant == ShellSettings.DefaultName);
    }

    [Fact]
    public async Task A_tenant_container_offers_the_outbox_but_not_the_bus()
    {
        var shell = await portal.Factory.ShellOfAsync(A);
        await using var scope = shell.Services.CreateAsyncScope();
        Assert.NotNull(scope.ServiceProvider.GetService<IEventOutbox>());
        Assert.Null(scope.ServiceProvider.GetService<IBus>());
        Assert.Null(scope.ServiceProvider.GetService<IPublishEndpoint>());
        Assert.NotNull(Host.GetService<IBus>());
    }

    [Fact]
    public async Task On_the_in_memory_bus_readiness_has_no_broker_to_report()
    {
        using var client = portal.Factory.CreateHttpClient();
        var ready = await client.GetStringAsync("/health/ready");
        Assert.Contains("platform-store", ready);
        Assert.DoesNotContain("\"bus\"", ready);
    }

    [Fact]
    public async Task A_tenant_cannot_enqueue_an_event_of_another_tenant()
    {
        var shell = await portal.Factory.ShellOfAsync(A);
        await using var scope = shell.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IEventOutbox>();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.PublishAsync([new MessagingProbe(B, Guid.NewGuid(), DateTimeOffset.UtcNow)]));
        Assert.Contains(B, ex.Message);
        Assert.Equal(0, await portal.OutboxCountAsync(A));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_runs_its_handlers_once()
    {
        var dispatcher = Host.GetRequiredService<TenantEventDispatcher>();
        var messageId = Guid.NewGuid();
        var probe = new MessagingProbe(A, Guid.NewGuid(), DateTimeOffset.UtcNow);

        Assert.Equal(1, await dispatcher.DispatchAsync(probe, messageId, CancellationToken.None));
        Assert.Equal(0, await dispatcher.DispatchAsync(probe, messageId, CancellationToken.None));

        // And through the bus: two deliveries with the same MessageId, one inbox row.
        var redelivered = Guid.NewGuid();
        var bus = Host.GetRequiredService<IBus>();
        for (var i = 0; i < 2; i++)
        {
            await bus.Publish(probe, Pipe.Execute<PublishContext>(c => { c.MessageId = redelivered; c.Headers.Set(PortalMessageHeaders.Tenant, A); }));
        }

        await MessagingPortalFixture.WaitUntilAsync(async () => await portal.InboxCountAsync(A, redelivered) == 1, "the delivered message to be handled");
        await Task.Delay(300); // lets the second delivery finish before counting
        Assert.Equal(1, await portal.InboxCountAsync(A, messageId));
        Assert.Equal(1, await portal.InboxCountAsync(A, redelivered));
    }

    [Fact]
    public async Task A_message_whose_tenant_header_disagrees_with_its_body_is_rejected_logged_and_parked()
    {
        var messageId = Guid.NewGuid();
        var bus = Host.GetRequiredService<IBus>();
        await bus.Publish(new MessagingProbe(A, Guid.NewGuid(), DateTimeOffset.UtcNow),
            Pipe.Execute<PublishContext>(c => { c.MessageId = messageId; c.Headers.Set(PortalMessageHeaders.Tenant, B); }));

        var deadLetters = Host.GetRequiredService<IDeadLetterQueue>();
        await MessagingPortalFixture.WaitUntilAsync(async () => (await deadLetters.ListAsync(100)).Any(l => l.MessageId == messageId), "the message in the error queue");
        var letter = (await deadLetters.ListAsync(100)).Single(l => l.MessageId == messageId);
        Assert.Contains("does not match", letter.Error);
        Assert.Equal(B, letter.Tenant);
        Assert.EndsWith("_error", letter.Queue);
        Assert.Equal(0, await portal.InboxCountAsync(A, messageId));
        Assert.Equal(0, await portal.InboxCountAsync(B, messageId));
        Assert.Contains(portal.Factory.Log.Lines, l => l.Message.Contains("Rejected") && l.Message.Contains(messageId.ToString()));
    }

    [Fact]
    public async Task A_message_for_a_disabled_tenant_waits_in_the_error_queue_and_is_handled_once_redriven()
    {
        const string tenant = "msgoff";
        await portal.Factory.EnsureTenantAsync(tenant);
        await portal.Factory.ShellOfAsync(tenant);
        var tenants = Host.GetRequiredService<IShellSettingsManager>();
        var running = (await tenants.FindAsync(tenant))!;
        await tenants.UpdateAsync(running with { State = TenantState.Disabled });

        var messageId = Guid.NewGuid();
        await Host.GetRequiredService<IBus>().Publish(new MessagingProbe(tenant, Guid.NewGuid(), DateTimeOffset.UtcNow),
            Pipe.Execute<PublishContext>(c => { c.MessageId = messageId; c.Headers.Set(PortalMessageHeaders.Tenant, tenant); }));
        var deadLetters = Host.GetRequiredService<IDeadLetterQueue>();
        await MessagingPortalFixture.WaitUntilAsync(async () => (await deadLetters.ListAsync(100)).Any(l => l.MessageId == messageId), "the message in the error queue");
        Assert.Contains("Disabled", (await deadLetters.ListAsync(100)).Single(l => l.MessageId == messageId).Error);
        Assert.Equal(0, await portal.InboxCountAsync(tenant, messageId));

        var disabled = (await tenants.FindAsync(tenant))!;
        await tenants.UpdateAsync(disabled with { State = TenantState.Running });
        Assert.True(await deadLetters.RedriveAsync(messageId));
        Assert.False(await deadLetters.RedriveAsync(messageId), "A message is re-driven once; then it is no longer in the error queue.");

        await MessagingPortalFixture.WaitUntilAsync(async () => await portal.InboxCountAsync(tenant, messageId) == 1, "the re-driven message to be handled");
        Assert.DoesNotContain(await deadLetters.ListAsync(100), l => l.MessageId == messageId);
    }

    [Fact]
    public async Task Tenant_changes_are_published_from_the_platform_outbox_and_leave_it_empty()
    {
        var tenants = Host.GetRequiredService<IShellSettingsManager>();
        await tenants.CreateAsync(new ShellSettings { Name = "msgnew", UrlPrefix = "msgnew", DisplayName = "New" });
        await MessagingPortalFixture.WaitUntilAsync(async () => await portal.PlatformOutboxCountAsync() == 0, "the platform outbox to be emptied");
        Assert.IsType<TenantDisabled>(TenantChangeEvents.For(new ShellSettings { Name = "x", State = TenantState.Running },
            new ShellSettings { Name = "x", State = TenantState.Disabled }));
        Assert.IsType<TenantFeaturesChanged>(TenantChangeEvents.For(new ShellSettings { Name = "x", EnabledFeatures = ["a"] },
            new ShellSettings { Name = "x", EnabledFeatures = ["a", "b"] }));
        Assert.IsType<TenantSettingsChanged>(TenantChangeEvents.For(new ShellSettings { Name = "x", State = TenantState.Disabled },
            new ShellSettings { Name = "x", State = TenantState.Running }));
    }

    [Fact]
    public async Task A_node_receiving_a_tenant_change_from_another_node_reloads_the_tenant()
    {
        // Another node changed the tenant in the shared platform store: simulate its write, then its event.
        var store = Host.GetRequiredService<PlatformStore>();
        string newVersion;
        await using (var db = store.CreateContext())
        {
            var record = await db.Tenants.SingleAsync(t => t.Name == A);
            record.DisplayName = "Changed elsewhere";
            record.VersionId = newVersion = Guid.NewGuid().ToString("N");
            await db.SaveChangesAsync();
        }

        var shells = Host.GetRequiredService<ShellHost>();
        Assert.NotEqual(newVersion, shells.Table.Find(A)!.VersionId);
        await Host.GetRequiredService<IBus>().Publish(new TenantSettingsChanged(ShellSettings.DefaultName, A, newVersion, "Running"),
            Pipe.Execute<PublishContext>(c =>
            {
                c.MessageId = Guid.NewGuid();
                c.Headers.Set(PortalMessageHeaders.Tenant, ShellSettings.DefaultName);
                c.Headers.Set(PortalMessageHeaders.Node, "another-node");
            }));

        await MessagingPortalFixture.WaitUntilAsync(() => Task.FromResult(shells.Table.Find(A)!.VersionId == newVersion), "the tenant to be reloaded");
        Assert.Equal("Changed elsewhere", shells.Table.Find(A)!.DisplayName);
    }
}
