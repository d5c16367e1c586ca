using Portal.CallRouting.Domain;
using Portal.CallRouting.Live.Models;
using Portal.CallRouting.Simulator.Services;

namespace Portal.CallRouting.Live.ViewModels;

/// <summary>The dashboard page: the live state (the table the page shows without JavaScript) and the simulator's controls.</summary>
public sealed class LiveDashboardViewModel
{
    public required LiveStateResponse State { get; init; }

    public required RoutingConfiguration Configuration { get; init; }

    /// <summary>Null when the simulator feature is not enabled in the tenant.</summary>
    public SimulatorStatus? Simulator { get; init; }

    /// <summary>The viewer may start and stop the simulator (EditRouting).</summary>
    public bool CanControlSimulator { get; init; }

    public SimulatorFormViewModel? Form { get; init; }
}
