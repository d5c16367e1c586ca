using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Hosting;

namespace Portal.CallRouting.Live.Services;

/// <summary>
/// Keeps each tenant's in-process store for the life of the host, not of the tenant's container: a container is
/// rebuilt whenever a feature or setting changes (enabling the simulator, for one), and the calls waiting then must
/// not vanish from the live state. Keyed by the host's lifetime object (the same instance in every tenant container
/// of one host), so two hosts in one process (tests) never share a tenant's state.
/// </summary>
internal static class InProcessLiveStateStores
{
    private static readonly ConditionalWeakTable<IHostApplicationLifetime, ConcurrentDictionary<string, InProcessLiveStateStore>> ByHost = [];

    public static InProcessLiveStateStore For(IHostApplicationLifetime host, string tenant) =>
        ByHost.GetValue(host, _ => new ConcurrentDictionary<string, InProcessLiveStateStore>(StringComparer.Ordinal))
            .GetOrAdd(tenant, _ => new InProcessLiveStateStore());

    /// <summary>The tenant's call routing was disabled: its live figures go with it.</summary>
    public static void Forget(IHostApplicationLifetime host, string tenant)
    {
        if (ByHost.TryGetValue(host, out var stores))
        {
            stores.TryRemove(tenant, out _);
        }
    }
}
