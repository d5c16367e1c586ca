using Portal.Abstractions.Messaging;
using Portal.Contracts.Diagnostics;

namespace Portal.Host.Messaging;

/// <summary>
/// A tenant that admits probes from another tenant (only test modules do) handles them here: the inbox row the host
/// writes for this handler, in the target's store, proves the probe crossed exactly once. Nothing else changes.
/// </summary>
internal sealed class CrossTenantProbeHandler : IIntegrationEventHandler<CrossTenantProbe>
{
    public Task HandleAsync(CrossTenantProbe message, IntegrationEventContext context, CancellationToken cancellationToken) =>
        message.TargetTenant == context.Tenant
            ? Task.CompletedTask
            : throw new InvalidOperationException($"Probe for '{message.TargetTenant}' delivered to '{context.Tenant}'.");
}
