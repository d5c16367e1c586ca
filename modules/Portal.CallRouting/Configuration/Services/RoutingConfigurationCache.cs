using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// The tenant's configuration and centre states as last read, for the routing decisions that read them a thousand
/// times a second. One per tenant container (a singleton there). Every change on this node invalidates it at once;
/// <see cref="MaxAge"/> bounds how long another node of the portal may serve what it read before a change made
/// elsewhere. A read that raced a change is not kept: each entry remembers the generation it was read in.
/// </summary>
public sealed class RoutingConfigurationCache(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private long _generation;
    private volatile Entry<RoutingConfiguration>? _configuration;
    private volatile Entry<IReadOnlyDictionary<string, CentreStatus>>? _states;

    /// <summary>Take this before reading the store, and hand it back with what was read.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public RoutingConfiguration? Configuration => Fresh(_configuration);

    public IReadOnlyDictionary<string, CentreStatus>? States => Fresh(_states);

    public void Keep(long generation, RoutingConfiguration configuration)
    {
        if (generation == Generation)
        {
            _configuration = new Entry<RoutingConfiguration>(configuration, generation, clock.GetUtcNow());
        }
    }

    public void Keep(long generation, IReadOnlyDictionary<string, CentreStatus> states)
    {
        if (generation == Generation)
        {
            _states = new Entry<IReadOnlyDictionary<string, CentreStatus>>(states, generation, clock.GetUtcNow());
        }
    }

    /// <summary>Call after a change is committed: the next read goes to the store.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _configuration = null;
        _states = null;
    }

    private T? Fresh<T>(Entry<T>? entry) where T : class =>
        entry is not null && entry.Generation == Generation && clock.GetUtcNow() - entry.ReadAt < MaxAge ? entry.Value : null;

    private sealed record Entry<T>(T Value, long Generation, DateTimeOffset ReadAt);
}
