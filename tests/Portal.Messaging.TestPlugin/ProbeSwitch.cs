namespace Portal.Messaging.TestPlugin;

/// <summary>Whether the failing handler throws, per tenant. Static: it outlives the tenant's container, as a broken dependency would.</summary>
public static class ProbeSwitch
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Failing = new(StringComparer.Ordinal);

    public static bool IsFailing(string tenant) => Failing.GetValueOrDefault(tenant);

    public static void Set(string tenant, bool failing) => Failing[tenant] = failing;
}
