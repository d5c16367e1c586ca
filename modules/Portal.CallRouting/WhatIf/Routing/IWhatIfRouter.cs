using Portal.CallRouting.Live;

namespace Portal.CallRouting.WhatIf.Routing;

/// <summary>
/// The routing function the simulation puts each call through: given the call and the simulated live state at that
/// moment (queue lengths, oldest waits, answered-within-10-s shares, free agents, centre states), where does it go?
/// It must be pure and deterministic, so a seeded simulation is repeatable.
/// </summary>
public interface IWhatIfRouter
{
    WhatIfRoute Route(WhatIfCall call, RoutingLiveState state);
}
