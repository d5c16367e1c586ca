using Portal.CallRouting.Simulator.Models;

namespace Portal.CallRouting.Simulator.Services;

/// <summary>Whether the simulator plays, since when, with what, and what it played so far.</summary>
public sealed record SimulatorStatus(bool Running, DateTimeOffset? StartedAt, string? StartedBy, SimulationParameters? Parameters, SimulationCounts Counts)
{
    public static SimulatorStatus Stopped { get; } = new(false, null, null, null, new SimulationCounts(0, 0, 0));
}
