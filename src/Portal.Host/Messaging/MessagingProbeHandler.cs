using Portal.Abstractions.Messaging;
using Portal.Contracts.Diagnostics;

namespace Portal.Host.Messaging;

/// <summary>
/// Every tenant handles its own probes: the inbox row the host writes for this handler is the proof that the
/// probe went outbox → broker → consumer → tenant scope exactly once. Nothing else changes.
/// </summary>
internal sealed class MessagingProbeHandler : IIntegrationEventHandler<MessagingProbe>
{
    public Task HandleAsync(MessagingProbe message, IntegrationEventContext context, CancellationToken cancellationToken) =>
        message.TenantId == context.Tenant
            ? Task.CompletedTask
            : throw new InvalidOperationException($"Probe of '{message.TenantId}' delivered to '{context.Tenant}'.");
}
