namespace Portal.Contracts;

/// <summary>
/// An event one tenant (or the platform, <c>TenantId = "Default"</c>) publishes through its outbox. The host
/// delivers it only into the scope of <see cref="TenantId"/>: a message whose transport header names another
/// tenant is rejected.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>The tenant that owns the event, and whose handlers run it.</summary>
    string TenantId { get; }
}
