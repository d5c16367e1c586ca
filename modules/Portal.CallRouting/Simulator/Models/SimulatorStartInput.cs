namespace Portal.CallRouting.Simulator.Models;

/// <summary>
/// <c>POST /api/routing/simulator/start</c> and the dashboard's start form. Every field may be left out:
/// <see cref="SimulationDefaults"/> fills it from the force's configuration.
/// </summary>
public sealed class SimulatorStartInput
{
    /// <summary>Poisson arrival rate per queue code (calls a second).</summary>
    public Dictionary<string, double>? ArrivalsPerSecond { get; set; }

    /// <summary>Agents per centre code.</summary>
    public Dictionary<string, int>? AgentsPerCentre { get; set; }

    public double? MeanHandlingSeconds { get; set; }

    /// <summary>Exponential or LogNormal.</summary>
    public HandlingTimeDistribution? Distribution { get; set; }

    public double? HandlingSpread { get; set; }

    public double? MeanPatienceSeconds { get; set; }

    public int? Seed { get; set; }
}
