using Portal.Contracts;

namespace Portal.Abstractions.Messaging;

/// <summary>
/// A tenant's consent to receive <typeparamref name="TEvent"/> from another tenant. The host delivers an event
/// between tenants only into a target tenant whose container has an admission for that contract, and only when
/// every registered admission admits it; otherwise the event is rejected, logged and parked in the error queue,
/// and nothing changes in the target. Register it in the module's Startup next to the handler
/// (<c>services.AddScoped&lt;ICrossTenantAdmission&lt;X&gt;, XAdmission&gt;()</c>) and answer from the module's own
/// data (for example: an agreement with <see cref="ICrossTenantEvent.SourceTenant"/> exists). The host has already
/// checked that the source is a running tenant and that the event really comes from it.
/// </summary>
public interface ICrossTenantAdmission<in TEvent> where TEvent : ICrossTenantEvent
{
    Task<CrossTenantAdmissionDecision> DecideAsync(TEvent message, CancellationToken cancellationToken);
}
