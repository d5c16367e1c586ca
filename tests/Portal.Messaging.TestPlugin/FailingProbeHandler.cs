using Portal.Abstractions.Messaging;
using Portal.Contracts.Diagnostics;

namespace Portal.Messaging.TestPlugin;

/// <summary>Throws every time while its tenant's switch is on: the message must end in the error queue, and run once re-driven.</summary>
public sealed class FailingProbeHandler : IIntegrationEventHandler<MessagingProbe>
{
    public Task HandleAsync(MessagingProbe message, IntegrationEventContext context, CancellationToken cancellationToken) =>
        ProbeSwitch.IsFailing(context.Tenant)
            ? throw new InvalidOperationException($"The probe handler of {context.Tenant} is switched to fail.")
            : Task.CompletedTask;
}
