using MassTransit;
using Microsoft.Extensions.Logging;
using Portal.Contracts;

namespace Portal.Host.Messaging;

/// <summary>
/// The one consumer of a contract type, on the queue all nodes share: checks that the tenant header and the body
/// agree, then hands the message to its tenant's handlers. A rejected message is logged and goes to the error queue.
/// </summary>
public sealed class IntegrationEventConsumer<TEvent>(TenantEventDispatcher dispatcher, ILogger<IntegrationEventConsumer<TEvent>> logger) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
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

            if (message is ICrossTenantEvent)
            {
                // Events between tenants have their own consumer (CrossTenantEventConsumer), which asks the target's consent.
                throw new MessageRejectedException($"{typeof(TEvent).Name} goes between tenants and is delivered only with the target's consent.");
            }

            await dispatcher.DispatchAsync(message, messageId, context.CancellationToken);
        }
        catch (MessageRejectedException ex)
        {
            logger.LogWarning("Rejected {MessageType} {MessageId}: {Reason}", typeof(TEvent).Name, context.MessageId, ex.Message);
            throw;
        }
    }
}
