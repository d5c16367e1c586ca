using Portal.CallRouting.Domain;
using Portal.CallRouting.Live;

namespace Portal.CallRouting.WhatIf.Routing;

/// <summary>
/// Every call waits in the queue it was offered to and is answered by that queue's serving centres, preference 1
/// first: what a plan whose every queue has only the <c>servingCentres</c> action does. It does not read the plan's
/// rules; it is the routing used until the decisions evaluator is plugged in, and a reference in tests.
/// </summary>
public sealed class ServingCentresRouter(RoutingConfiguration configuration) : IWhatIfRouter
{
    public WhatIfRoute Route(WhatIfCall call, RoutingLiveState state) =>
        configuration.Queue(call.QueueCode) is null
            ? throw new ArgumentException($"Queue '{call.QueueCode}' is not in the configuration.", nameof(call))
            : WhatIfRoute.ToQueue(call.QueueCode);
}
