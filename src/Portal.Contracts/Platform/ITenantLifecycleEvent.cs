namespace Portal.Contracts.Platform;

/// <summary>
/// A change of a tenant's stored settings, published by the platform (<c>TenantId = "Default"</c>). Every node
/// receives it and reloads <see cref="Tenant"/>'s settings from the platform store, releasing its shell.
/// </summary>
public interface ITenantLifecycleEvent : IIntegrationEvent
{
    /// <summary>The tenant whose settings changed.</summary>
    string Tenant { get; }

    /// <summary>The settings version the change produced.</summary>
    string VersionId { get; }
}
