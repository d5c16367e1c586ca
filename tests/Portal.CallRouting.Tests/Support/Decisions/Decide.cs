using Portal.CallRouting.Agreements;
using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Live;
using Portal.CallRouting.Plans;

namespace Portal.CallRouting.Tests.Support.Decisions;

/// <summary>Compiles a plan and asks the evaluator for one decision, failing the test when the service is unknown.</summary>
public static class Decide
{
    public static RoutingDecision For(PublishedRoutingPlan plan, RoutingLiveState? live = null, string service = "999",
        string? caller = "+447700900123", DateTimeOffset? at = null,
        IReadOnlyList<OverflowAgreementTerms>? agreements = null, IReadOnlyList<ContingencyActivationState>? contingencies = null)
    {
        var decision = RoutingEvaluator.Decide(RoutingPlanCompiler.Compile(plan), live ?? LiveStates.Idle, agreements ?? [], contingencies ?? [],
            new DecisionCall(service, caller, at ?? DecisionPlanBuilder.InOfficeHours));
        Assert.NotNull(decision);
        return decision;
    }
}
