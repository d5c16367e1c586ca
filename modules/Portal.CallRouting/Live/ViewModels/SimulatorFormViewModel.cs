using Portal.CallRouting.Domain;
using Portal.CallRouting.Simulator.Models;
using Portal.CallRouting.Simulator.Services;

namespace Portal.CallRouting.Live.ViewModels;

/// <summary>The dashboard's form that starts the simulator. Arrivals are per minute here (easier to read than per second).</summary>
public sealed class SimulatorFormViewModel
{
    public Dictionary<string, double> CallsPerMinute { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Agents { get; set; } = new(StringComparer.Ordinal);
    public double MeanHandlingSeconds { get; set; } = SimulationDefaults.MeanHandlingSeconds;
    public HandlingTimeDistribution Distribution { get; set; } = SimulationDefaults.Distribution;
    public double MeanPatienceSeconds { get; set; } = SimulationDefaults.MeanPatienceSeconds;

    internal static SimulatorFormViewModel Defaults(RoutingConfiguration configuration) => new()
    {
        CallsPerMinute = configuration.Queues.ToDictionary(q => q.Code, q => SimulationDefaults.ArrivalsFor(q) * 60, StringComparer.Ordinal),
        Agents = configuration.Centres.ToDictionary(c => c.Code, SimulationDefaults.AgentsFor, StringComparer.Ordinal),
    };

    internal SimulatorStartInput ToInput() => new()
    {
        ArrivalsPerSecond = CallsPerMinute.ToDictionary(c => c.Key, c => c.Value / 60, StringComparer.Ordinal),
        AgentsPerCentre = new Dictionary<string, int>(Agents, StringComparer.Ordinal),
        MeanHandlingSeconds = MeanHandlingSeconds,
        Distribution = Distribution,
        MeanPatienceSeconds = MeanPatienceSeconds,
    };
}
