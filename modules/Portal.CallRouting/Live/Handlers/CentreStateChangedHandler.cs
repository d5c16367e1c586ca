using Portal.Abstractions.Messaging;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Live.Services;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Live.Handlers;

/// <summary>
/// The platform reports a centre's service state: it goes through <see cref="ICentreServiceStates"/>, the one way a
/// state changes (stored with its reason, audited, seen by the next decision), exactly as when a person changes it.
/// The events endpoint refused unknown centres and states; a message that still names one fails here, before the
/// inbox row commits, and goes to the error queue rather than being dropped unseen.
/// </summary>
internal sealed class CentreStateChangedHandler(ICentreServiceStates states, IRoutingDirectory directory, LiveStateChanges changes)
    : IIntegrationEventHandler<CentreStateChanged>
{
    public async Task HandleAsync(CentreStateChanged message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        // Names only: Enum.TryParse would also take "3".
        var state = Enum.GetValues<CentreServiceState>().Where(s => s.ToString() == message.State).Cast<CentreServiceState?>().FirstOrDefault()
            ?? throw new InvalidOperationException($"'{message.State}' is not a centre service state.");
        if ((await directory.CurrentAsync(cancellationToken)).Centre(message.CentreCode) is null)
        {
            throw new InvalidOperationException($"There is no centre '{message.CentreCode}'.");
        }

        // After the inbox row commits: the change writes the configuration store and the audit log, which on SQLite
        // would wait for the write lock the inbox transaction holds.
        context.AfterCommit(async ct =>
        {
            await states.ChangeAsync(message.CentreCode, state, message.Reason, message.ReportedBy, ct);
            changes.Notify();
        });
    }
}
