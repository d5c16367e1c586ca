using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Routing;

/// <summary>
/// Makes the routing function for one plan version. Registered as a singleton; the module's fallback is
/// <see cref="ServingCentresRouterFactory"/>, replaced by registering another implementation before
/// <c>AddRoutingWhatIf()</c> (it uses TryAdd).
/// </summary>
/// <remarks>
/// The adapter to the decisions evaluator (lane decisions: <c>RoutingPlanCompiler</c>, <c>RoutingEvaluator</c>):
/// <list type="number">
/// <item><c>Create</c> compiles once: <c>RoutingPlanCompiler.Compile(new PublishedRoutingPlan(plan.Version,
/// plan.Document, plan.Configuration, at, "what-if", ""))</c>, binds the usable agreements (or none) and no active
/// contingency, and keeps one <c>DecisionRecorder</c> (the simulation calls <c>Route</c> from one thread per router).</item>
/// <item><c>Route</c> evaluates <c>new DecisionCall(call.Service, null, call.At)</c> against
/// <c>BoundLiveState.Bind(compiled, state)</c>, then maps the decision: action ServingCentres →
/// <see cref="WhatIfRoute.ToQueue"/>(final queue), so the simulation lets that queue's serving centres drain it by
/// preference as agents come free (an ACD queue, not a pick at arrival); RouteToCentre and LastResort →
/// <see cref="WhatIfRoute.ToCentre"/>(final queue, centre); OverflowToPartner → <see cref="WhatIfRoute.ToPartner"/>;
/// PlayAnnouncement → <see cref="WhatIfRoute.Announcement"/>. An overflow shows as a final queue other than the
/// call's own, which the simulation counts.</item>
/// </list>
/// <see cref="Description"/> should then say that the plans' rules are applied.
/// </remarks>
public interface IWhatIfRouterFactory
{
    /// <summary>Says, in the prediction, how calls were routed (so a reader knows whether the plan's rules applied).</summary>
    string Description { get; }

    IWhatIfRouter Create(WhatIfPlanVersion plan);
}
