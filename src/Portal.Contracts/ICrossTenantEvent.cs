namespace Portal.Contracts;

/// <summary>
/// An event between two tenants (for example an overflow agreement between two forces). It is delivered only
/// where both tenants agreed; until an agreement exists the host rejects it. <see cref="IIntegrationEvent.TenantId"/>
/// is the tenant whose outbox sent it (<see cref="SourceTenant"/>).
/// </summary>
public interface ICrossTenantEvent : IIntegrationEvent
{
    string SourceTenant { get; }

    string TargetTenant { get; }
}
