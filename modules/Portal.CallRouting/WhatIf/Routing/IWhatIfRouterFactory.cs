using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Routing;

/// <summary>
/// Makes the routing function for one plan version. The plan's real rules come from the decisions evaluator: an
/// implementation compiles <see cref="WhatIfPlanVersion.Document"/> with <see cref="WhatIfPlanVersion.Configuration"/>
/// once and maps each decision (centre, queue, partner, announcement) to a <see cref="WhatIfRoute"/>.
/// </summary>
public interface IWhatIfRouterFactory
{
    /// <summary>Says, in the prediction, how calls were routed (so a reader knows whether the plan's rules applied).</summary>
    string Description { get; }

    IWhatIfRouter Create(WhatIfPlanVersion plan);
}
