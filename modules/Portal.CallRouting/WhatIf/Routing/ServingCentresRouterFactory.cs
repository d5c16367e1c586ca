using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Routing;

/// <summary>Routing by each queue's serving centres alone (see <see cref="ServingCentresRouter"/>).</summary>
public sealed class ServingCentresRouterFactory : IWhatIfRouterFactory
{
    public string Description =>
        "Each queue's serving centres by preference. The plans' policy rules and overflows are not applied by this routing.";

    public IWhatIfRouter Create(WhatIfPlanVersion plan) => new ServingCentresRouter(plan.Configuration);
}
