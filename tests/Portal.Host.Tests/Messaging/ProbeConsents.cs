using System.Collections.Concurrent;

namespace Portal.Host.Tests.Messaging;

/// <summary>Which tenant agreed to take probes from which, as a module would know it from its own agreements.</summary>
public sealed class ProbeConsents
{
    private readonly ConcurrentDictionary<(string Source, string Target), bool> _agreed = new();

    public void Agree(string source, string target) => _agreed[(source, target)] = true;

    public bool Agreed(string source, string target) => _agreed.ContainsKey((source, target));
}
