namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>
/// SplitMix64: a small, fast generator whose sequence is fixed by its seed on every platform and .NET version, which
/// is what makes a seeded what-if repeatable (System.Random promises no such thing across versions).
/// </summary>
internal sealed class SimulationRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A stream for one purpose (a queue's arrivals in one replication), independent of the others.</summary>
    public static SimulationRandom For(int seed, int replication, string stream)
    {
        // FNV-1a of the stream name: the same queue code gets the same calls in every plan version compared.
        var hash = 14695981039346656037UL;
        foreach (var c in stream)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var mixed = new SimulationRandom(((ulong)(uint)seed << 32) ^ (ulong)(uint)replication ^ hash);
        return new SimulationRandom(mixed.NextUInt64());
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in (0, 1]: never 0, so a logarithm of it is finite.</summary>
    public double NextUnitInterval() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>An exponentially distributed value with the given mean.</summary>
    public double NextExponential(double mean) => -mean * Math.Log(NextUnitInterval());
}
