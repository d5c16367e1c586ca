using Portal.Abstractions.Messaging;
using Portal.Contracts.Diagnostics;

namespace Portal.Messaging.TestPlugin;

/// <summary>
/// Throws while its tenant's switch says so (every time, or on the first n attempts of each message): the message
/// must be retried, redelivered later, and end in the error queue or be handled once.
/// </summary>
public sealed class FailingProbeHandler : IIntegrationEventHandler<MessagingProbe>
{
    public Task HandleAsync(MessagingProbe message, IntegrationEventContext context, CancellationToken cancellationToken) =>
        ProbeSwitch.CountAttemptAndFail(context.Tenant, context.MessageId)
            ? throw new InvalidOperationException($"The probe handler of {context.Tenant} is switched to fail.")
            : Task.CompletedTask;
}
