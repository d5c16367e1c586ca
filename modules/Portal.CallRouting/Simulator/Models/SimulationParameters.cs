namespace Portal.CallRouting.Simulator.Models;

/// <summary>
/// What the traffic simulator plays: Poisson arrivals per queue (<see cref="ArrivalsPerSecond"/>, by queue code),
/// agents per centre (by centre code), handling times with the given mean and distribution, and callers who give up
/// after an exponential patience (<see cref="MeanPatienceSeconds"/>; 0 = nobody gives up). Calls go to the queue's
/// serving centres in order of preference; a freed agent takes the longest-waiting call of the queues its centre serves.
/// </summary>
/// <param name="HandlingSpread">The log-normal's sigma (ignored for exponential).</param>
/// <param name="Seed">Fixes the random draws (the same seed plays the same day); null = a new one each time.</param>
public sealed record SimulationParameters(
    IReadOnlyDictionary<string, double> ArrivalsPerSecond,
    IReadOnlyDictionary<string, int> AgentsPerCentre,
    double MeanHandlingSeconds,
    HandlingTimeDistribution Distribution,
    double HandlingSpread,
    double MeanPatienceSeconds,
    int? Seed);
