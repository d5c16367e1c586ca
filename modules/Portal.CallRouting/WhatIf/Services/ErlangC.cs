namespace Portal.CallRouting.WhatIf.Services;

/// <summary>
/// Erlang C for one pool of agents answering one stream of calls (M/M/N: Poisson arrivals, exponential handling,
/// callers who wait as long as it takes). Computed from Erlang B by its recursion
/// B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), then C = N·B / (N − A·(1 − B)): every step stays between 0 and 1, so
/// 500 or 5,000 agents cost no factorial, no power of A and no overflow.
/// </summary>
public static class ErlangC
{
    /// <summary>The largest pool computed (the recursion is linear in the number of agents).</summary>
    public const int MaxAgents = 100_000;

    /// <summary>Erlang B: the share of calls that find every one of <paramref name="agents"/> busy, were they lost.</summary>
    /// <param name="trafficErlangs">Offered load A = arrival rate × average handling time.</param>
    public static double ErlangB(int agents, double trafficErlangs)
    {
        Check(agents, trafficErlangs);
        var b = 1.0;
        for (var n = 1; n <= agents; n++)
        {
            b = trafficErlangs * b / (n + trafficErlangs * b);
        }

        return b;
    }

    /// <summary>
    /// The whole prediction for a pool: probability of waiting, share answered within <paramref name="targetSeconds"/>
    /// and average speed of answer. With no more agents than the load (N ≤ A) the queue grows without end: every caller
    /// waits, none is answered within the target and the average wait has no finite value (<see cref="ErlangCResult.Stable"/> false).
    /// </summary>
    public static ErlangCResult Predict(int agents, double trafficErlangs, double averageHandlingSeconds, double targetSeconds)
    {
        Check(agents, trafficErlangs);
        if (!(averageHandlingSeconds > 0) || double.IsInfinity(averageHandlingSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(averageHandlingSeconds), averageHandlingSeconds, "The average handling time must be a positive number of seconds.");
        }

        if (!(targetSeconds >= 0) || double.IsInfinity(targetSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(targetSeconds), targetSeconds, "The answer target must be zero or more seconds.");
        }

        if (trafficErlangs == 0)
        {
            // No calls: nobody waits. The limit of the formulas as A → 0.
            return new ErlangCResult(agents, 0, 0, 1, 0, Stable: true);
        }

        if (agents <= trafficErlangs)
        {
            return new ErlangCResult(agents, trafficErlangs, 1, 0, null, Stable: false);
        }

        var waiting = ProbabilityOfWaiting(agents, trafficErlangs);
        var spare = agents - trafficErlangs;
        var serviceLevel = 1 - waiting * Math.Exp(-spare * targetSeconds / averageHandlingSeconds);
        var averageSpeedOfAnswer = waiting * averageHandlingSeconds / spare;
        return new ErlangCResult(agents, trafficErlangs, waiting, Math.Clamp(serviceLevel, 0, 1), averageSpeedOfAnswer, Stable: true);
    }

    /// <summary>Erlang C: the probability that a call has to wait (1 when the pool cannot keep up, N ≤ A).</summary>
    public static double ProbabilityOfWaiting(int agents, double trafficErlangs)
    {
        Check(agents, trafficErlangs);
        if (trafficErlangs == 0)
        {
            return 0;
        }

        if (agents <= trafficErlangs)
        {
            return 1;
        }

        var b = ErlangB(agents, trafficErlangs);
        return agents * b / (agents - trafficErlangs * (1 - b));
    }

    private static void Check(int agents, double trafficErlangs)
    {
        if (agents is < 0 or > MaxAgents)
        {
            throw new ArgumentOutOfRangeException(nameof(agents), agents, $"The number of agents must be between 0 and {MaxAgents}.");
        }

        if (!(trafficErlangs >= 0) || double.IsInfinity(trafficErlangs))
        {
            throw new ArgumentOutOfRangeException(nameof(trafficErlangs), trafficErlangs, "The offered load must be a finite number of Erlangs, zero or more.");
        }
    }
}
