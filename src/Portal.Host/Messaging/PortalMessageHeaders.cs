namespace Portal.Host.Messaging;

/// <summary>Transport headers the dispatcher sets on every message.</summary>
public static class PortalMessageHeaders
{
    /// <summary>The tenant whose outbox the message came from; must equal the body's TenantId.</summary>
    public const string Tenant = "Portal-Tenant";

    /// <summary>The node that published it (a node does not reload a tenant for its own change twice).</summary>
    public const string Node = "Portal-Node";

    /// <summary>Which delayed redelivery this is (absent on the first delivery): see <see cref="DelayedRedelivery"/>.</summary>
    public const string Redelivery = "Portal-Redelivery";
}
