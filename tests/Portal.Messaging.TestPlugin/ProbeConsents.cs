using System.Collections.Concurrent;

namespace Portal.Messaging.TestPlugin;

/// <summary>
/// Which tenants each tenant agreed to receive cross-tenant probes from (target → sources), the test plug-in's
/// stand-in for a module's own agreements. Static, like <see cref="ProbeSwitch"/>: the consent outlives a release
/// of the tenant's container. Nothing is agreed until a test or benchmark asks for it.
/// </summary>
public static class ProbeConsents
{
    private static readonly ConcurrentDictionary<(string Target, string Source), bool> Agreed = new();

    public static void Agree(string target, string source) => Agreed[(target, source)] = true;

    public static bool IsAgreed(string target, string source) => Agreed.ContainsKey((target, source));
}
