using MassTransit;
using Microsoft.Extensions.Logging;
using Portal.Contracts;

namespace Portal.Host.Messaging;

/// <summary>
/// The one consumer of a contract that goes between tenants. The source published it through its own outbox, so
/// the tenant header, the body's TenantId and its SourceTenant must all name the source (anything else is forged);
/// the target must be another tenant, and it must admit the event (see <see cref="TenantEventDispatcher.DispatchAcrossAsync{TEvent}"/>).
/// A rejected message is logged with both tenants and goes to the error queue.
/// </summary>
public sealed class CrossTenantEventConsumer<TEvent>(TenantEventDispatcher dispatcher, ILogger<CrossTenantEventConsumer<TEvent>> logger) : IConsumer<TEvent>
    where TEvent : class, ICrossTenantEvent
{
    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        try
        {
            var messageId = context.MessageId ?? throw new MessageRejectedException("The message has no MessageId, so the inbox cannot deduplicate it.");
            var header = context.Headers.Get<string>(PortalMessageHeaders.Tenant);
            if (!string.Equals(header, message.TenantId, StringComparison.Ordinal))
            {
                throw new MessageRejectedException($"The tenant header '{header}' does not match the body's tenant '{message.TenantId}'.");
            }

            if (!string.Equals(message.SourceTenant, message.TenantId, StringComparison.Ordinal))
            {
                // A tenant's outbox refuses this; on the bus it can only be a forgery.
                throw new MessageRejectedException($"The source '{message.SourceTenant}' is not the tenant '{message.TenantId}' that sent the message.");
            }

            if (string.IsNullOrEmpty(message.TargetTenant) || string.Equals(message.TargetTenant, message.SourceTenant, StringComparison.Ordinal))
            {
                throw new MessageRejectedException($"The target '{message.TargetTenant}' is not another tenant.");
            }

            await dispatcher.DispatchAcrossAsync(message, messageId, context.CancellationToken);
        }
        catch (MessageRejectedException ex)
        {
            logger.LogWarning("Rejected {MessageType} {MessageId} from {SourceTenant} to {TargetTenant}: {Reason}",
                typeof(TEvent).Name, context.MessageId, message.SourceTenant, message.TargetTenant, ex.Message);
            throw;
        }
    }
}
