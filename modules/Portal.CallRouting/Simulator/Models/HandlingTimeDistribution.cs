namespace Portal.CallRouting.Simulator.Models;

/// <summary>How simulated handling times spread around their mean.</summary>
public enum HandlingTimeDistribution
{
    /// <summary>Memoryless (the Erlang C assumption): many short calls, a few long ones.</summary>
    Exponential,

    /// <summary>Skewed with a spread of its own (<see cref="SimulationParameters.HandlingSpread"/>): what real handling times look like.</summary>
    LogNormal,
}
