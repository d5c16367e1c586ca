using Portal.CallRouting.Agreements;
using Portal.CallRouting.Contingency.Services;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Live;
using Portal.CallRouting.Plans;

namespace Portal.CallRouting.Decisions.Services;

/// <summary>
/// Gathers the evaluator's inputs (the plan in force, compiled and cached per version; a live-state snapshot; the
/// usable agreements, read only when the plan names any; the active contingency plans) and decides.
/// </summary>
public sealed class RoutingDecisionService(
    IPublishedPlanSource plans,
    IRoutingLiveStateReader liveState,
    IOverflowAgreements agreements,
    CompiledPlanCache compiledPlans,
    ActiveContingencyCache activeContingencies)
{
    public async Task<DecisionOutcome> DecideAsync(string service, string? callerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var published = await plans.CurrentAsync(cancellationToken);
        if (published is null)
        {
            return DecisionOutcome.NoPlan;
        }

        var plan = compiledPlans.Get(published);
        if (!plan.QueuesByService.ContainsKey(service))
        {
            return DecisionOutcome.UnknownService;
        }

        var snapshot = await liveState.SnapshotAsync(cancellationToken);
        var usable = plan.AgreementIds.Length == 0 ? BoundAgreements.None(plan) : BoundAgreements.Bind(plan, await agreements.UsableAsync(cancellationToken));
        var active = await activeContingencies.CurrentAsync(cancellationToken);

        var recorder = new DecisionRecorder();
        var call = new DecisionCall(service, callerId, at);
        RoutingEvaluator.Evaluate(plan, BoundLiveState.Bind(plan, snapshot), usable, BoundContingencies.Bind(plan, active), call, recorder);
        return recorder.TargetKind == DecisionTargetKind.None
            ? DecisionOutcome.NoTarget
            : new DecisionOutcome(DecisionOutcomeStatus.Decided, recorder.ToDecision(plan, call, usable));
    }
}
