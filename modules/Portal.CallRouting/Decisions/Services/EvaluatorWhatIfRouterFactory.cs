using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Live;
using Portal.CallRouting.Plans;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Routing;

namespace Portal.CallRouting.Decisions.Services;

/// <summary>
/// What-if's routing through the real evaluator: each simulated call is decided by the version's compiled rules
/// against the simulated live state, exactly as a live call would be. No partner agreement and no contingency plan is
/// assumed (the day being predicted may not have them), so a partner rule is skipped as when its agreement is unusable.
/// </summary>
internal sealed class EvaluatorWhatIfRouterFactory : IWhatIfRouterFactory
{
    public string Description => "Each call routed by the version's own rules and overflows (no partner agreement or contingency plan assumed).";

    public IWhatIfRouter Create(WhatIfPlanVersion plan) =>
        new Router(RoutingPlanCompiler.Compile(new PublishedRoutingPlan(plan.Version, plan.Document, plan.Configuration,
            DateTimeOffset.UnixEpoch, "what-if", "")));

    private sealed class Router(CompiledRoutingPlan plan) : IWhatIfRouter
    {
        public WhatIfRoute Route(WhatIfCall call, RoutingLiveState state)
        {
            var decision = RoutingEvaluator.Decide(plan, state, [], [], new DecisionCall(call.Service, null, call.At));
            if (decision is null)
            {
                // The version has no queue for the service: the call stays where the profile offered it.
                return WhatIfRoute.ToQueue(call.QueueCode);
            }

            return decision.Action switch
            {
                // An ACD queue drained by its serving centres as agents come free, not a pick at arrival.
                DecisionActionKind.ServingCentres => WhatIfRoute.ToQueue(decision.Queue),
                DecisionActionKind.OverflowToPartner => WhatIfRoute.ToPartner(decision.Queue, decision.AgreementId!),
                DecisionActionKind.PlayAnnouncement => WhatIfRoute.Announcement(decision.Queue),
                _ => decision.Centre is { } centre ? WhatIfRoute.ToCentre(decision.Queue, centre) : WhatIfRoute.ToQueue(decision.Queue),
            };
        }
    }
}
