using Portal.CallRouting.Domain;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Routing;

namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>
/// One day to simulate: the configuration (centres, queues and who serves what), a validated profile, the routing
/// function, the instant the day starts (local midnight) and the seed. Replication r of the same input always gives
/// the same day.
/// </summary>
public sealed record SimulationInput(
    RoutingConfiguration Configuration,
    ArrivalProfile Profile,
    IWhatIfRouter Router,
    DateTimeOffset DayStart,
    int Seed);
