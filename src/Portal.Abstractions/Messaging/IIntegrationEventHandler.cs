using Portal.Contracts;

namespace Portal.Abstractions.Messaging;

/// <summary>
/// Handles an integration event in the scope of the tenant it belongs to. Register it in the tenant container
/// (a feature's Startup: <c>services.AddScoped&lt;IIntegrationEventHandler&lt;X&gt;, XHandler&gt;()</c>). The host runs
/// it at most once per message (inbox), inside a transaction with the inbox row: call
/// <see cref="IntegrationEventContext.EnlistAsync"/> with the module's context so its change commits with that row.
/// Throwing rolls both back; the message is retried with back-off, then moved to the error queue.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent message, IntegrationEventContext context, CancellationToken cancellationToken);
}
