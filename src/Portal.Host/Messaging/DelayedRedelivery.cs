using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Shell;
using Portal.Contracts;
using Portal.Host.Messaging.Data;
using Portal.Host.Shell;

namespace Portal.Host.Messaging;

/// <summary>
/// Delayed redelivery (Portal:Bus:Redelivery): a message whose handlers still fail after the immediate retries is
/// parked as a row in its tenant's outbox, not to be published before the configured delay, under its own message
/// id and with its redelivery number; the outbox dispatcher sends it again when it comes due. After the last delay
/// the failure goes to the error queue as before.
/// <para>
/// Why a row and not the broker: RabbitMQ here has no delayed-message-exchange plug-in, MassTransit's scheduled
/// redelivery needs a scheduler (that plug-in, Quartz or Hangfire), and dead-letter queues with a TTL per delay
/// would add broker topology of our own per contract. The outbox already publishes with confirms, survives a broker
/// or node restart, shares its lease between nodes and works the same on the in-memory bus; a parked message is in
/// the tenant's own store, so it is never lost while it waits and never seen by another tenant.
/// </para>
/// </summary>
public sealed class DelayedRedelivery(
    ShellHost shells,
    OutboxSignal signal,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<DelayedRedelivery> logger)
{
    /// <summary>Which redelivery a delivery is (0: not a redelivery).</summary>
    public static int NumberOf(MassTransit.ConsumeContext context) =>
        Math.Max(0, context.Headers.Get<int>(PortalMessageHeaders.Redelivery) ?? 0);

    /// <summary>The wait before the next redelivery, or null when the configured ones are used up.</summary>
    public TimeSpan? NextDelay(int redelivery)
    {
        var delays = options.Value.Redelivery.EffectiveDelays;
        return redelivery < delays.Count ? delays[redelivery] : null;
    }

    /// <summary>Parks <paramref name="message"/> for redelivery number <paramref name="redelivery"/> after <paramref name="delay"/>.</summary>
    public async Task ScheduleAsync<TEvent>(TEvent message, Guid messageId, int redelivery, TimeSpan delay, Exception error, CancellationToken cancellationToken)
        where TEvent : class, IIntegrationEvent
    {
        var settings = shells.Table.Find(message.TenantId) is { State: TenantState.Running } running
            ? running
            : throw new InvalidOperationException($"Tenant '{message.TenantId}' is not running: its message cannot wait for a redelivery.");
        var shell = await shells.GetOrCreateAsync(settings);
        using var lease = shell.TryAcquire() ?? throw new InvalidOperationException($"The shell of tenant '{message.TenantId}' is being released.");
        var database = shell.Services.GetRequiredService<TenantDatabase>();

        var now = clock.GetUtcNow();
        var reason = $"{error.GetType().Name}: {error.Message}";
        await using var db = MessagingContexts.ForTenant(database.Provider, database.ConnectionString);
        db.Outbox.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageId = messageId,
            Redelivery = redelivery,
            Type = ContractTypes.NameOf(message),
            TenantId = message.TenantId,
            Body = ContractTypes.Serialize(message),
            CreatedUnixMs = now.ToUnixTimeMilliseconds(),
            // Not claimable before then: the dispatcher takes rows whose lease is empty or past.
            LockedUntilUnixMs = (now + delay).ToUnixTimeMilliseconds(),
            LastError = reason.Length > 1000 ? reason[..1000] : reason,
        });
        await db.SaveChangesAsync(cancellationToken);

        logger.LogWarning("Tenant {Tenant}: {MessageType} {MessageId} still failed after the immediate retries ({Error}); redelivery {Number} of {Count} in {Delay}",
            message.TenantId, typeof(TEvent).Name, messageId, reason, redelivery, options.Value.Redelivery.EffectiveDelays.Count, delay);
        // The sweep would find it too; this wake-up keeps a short delay short.
        _ = Task.Delay(delay + TimeSpan.FromMilliseconds(50), clock).ContinueWith(_ => signal.Wake(message.TenantId), TaskScheduler.Default);
    }
}
