using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Contracts;

namespace Portal.Host.Messaging;

/// <summary>
/// The one consumer of a contract type, on the queue all nodes share: checks that the tenant header and the body
/// agree, then hands the message to its tenant's handlers. A rejected message is logged and goes to the error queue.
/// A message that still fails on the last immediate retry waits for a delayed redelivery while any is left
/// (<see cref="DelayedRedelivery"/>); after the last one it goes to the error queue.
/// </summary>
public sealed class IntegrationEventConsumer<TEvent>(
    TenantEventDispatcher dispatcher,
    DelayedRedelivery redelivery,
    IOptions<MessagingOptions> options,
    ILogger<IntegrationEventConsumer<TEvent>> logger) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
{
    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        Guid messageId;
        try
        {
            messageId = context.MessageId ?? throw new MessageRejectedException("The message has no MessageId, so the inbox cannot deduplicate it.");
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
        }
        catch (MessageRejectedException ex)
        {
            logger.LogWarning("Rejected {MessageType} {MessageId}: {Reason}", typeof(TEvent).Name, context.MessageId, ex.Message);
            throw;
        }

        try
        {
            await dispatcher.DispatchAsync(message, messageId, context.CancellationToken);
        }
        catch (MessageRejectedException ex)
        {
            logger.LogWarning("Rejected {MessageType} {MessageId}: {Reason}", typeof(TEvent).Name, context.MessageId, ex.Message);
            throw;
        }
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested && IsLastImmediateAttempt(context)
                                   && redelivery.NextDelay(DelayedRedelivery.NumberOf(context)) is not null)
        {
            var number = DelayedRedelivery.NumberOf(context);
            try
            {
                // Parked in the tenant's store before this delivery is acknowledged (by returning).
                await redelivery.ScheduleAsync(message, messageId, number + 1, redelivery.NextDelay(number)!.Value, ex, context.CancellationToken);
            }
            catch (Exception parking) when (!context.CancellationToken.IsCancellationRequested)
            {
                // Cannot wait in the store (tenant being set up, store unreachable): the handler's own failure goes
                // the usual way, to the error queue, where it can be re-driven.
                logger.LogWarning(parking, "{MessageType} {MessageId} could not be parked for a delayed redelivery; it goes to the error queue",
                    typeof(TEvent).Name, messageId);
                ExceptionDispatchInfo.Capture(ex).Throw();
            }
        }
    }

    private bool IsLastImmediateAttempt(ConsumeContext context) => context.GetRetryAttempt() >= Math.Max(0, options.Value.RetryLimit);
}
