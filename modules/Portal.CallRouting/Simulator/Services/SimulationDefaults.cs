using Portal.CallRouting.Domain;
using Portal.CallRouting.Simulator.Models;

namespace Portal.CallRouting.Simulator.Services;

/// <summary>What the simulator plays when not told otherwise: a busy but manageable hour for the configured force.</summary>
internal static class SimulationDefaults
{
    public const double ArrivalsPerSecond = 0.2;
    public const double MeanHandlingSeconds = 120;
    public const HandlingTimeDistribution Distribution = HandlingTimeDistribution.LogNormal;
    public const double HandlingSpread = 0.5;
    public const double MeanPatienceSeconds = 90;

    public static double ArrivalsFor(CallQueue queue) => ArrivalsPerSecond;

    /// <summary>A centre's agents default to its staffed positions.</summary>
    public static int AgentsFor(ContactCentre centre) => Math.Max(1, centre.StaffedPositions);
}
