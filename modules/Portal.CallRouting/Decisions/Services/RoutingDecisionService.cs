using Portal.CallRouting.Agreements;
using Portal.CallRouting.Contingency.Services;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Live;
using Portal.CallRouting.Plans;

namespace Portal.CallRouting.Decisions.Services;

/// <summary>
/// Gathers the evaluator's inputs (the plan in force, compiled and cached per version; a live-state snapshot; the
/// usable agreements and the calls in progress under them, read only when the plan names any; the active contingency
/// plans) and decides. A decision for a call (with its id) that goes to a partner force is recorded against the
/// agreement and told to the partner through this force's outbox: one local write, no call to the other force.
/// </summary>
public sealed class RoutingDecisionService(
    IPublishedPlanSource plans,
    IRoutingLiveStateReader liveState,
    IOverflowAgreements agreements,
    IOverflowLoad overflowLoad,
    IPartnerOverflowNotifier partnerNotifier,
    CompiledPlanCache compiledPlans,
    ActiveContingencyCache activeContingencies)
{
    public async Task<DecisionOutcome> DecideAsync(string service, string? callerId, DateTimeOffset at, CancellationToken cancellationToken, string? callId = null)
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
        var usable = BoundAgreements.None(plan);
        if (plan.AgreementIds.Length > 0)
        {
            usable = BoundAgreements.Bind(plan, await agreements.UsableAsync(cancellationToken));
            // The evaluator keeps each agreement within its maximum concurrent calls against these counts.
            snapshot = snapshot with { CallsOverflowedByAgreement = await overflowLoad.InProgressAsync(callId, cancellationToken) };
        }

        var active = await activeContingencies.CurrentAsync(cancellationToken);

        var recorder = new DecisionRecorder();
        var call = new DecisionCall(service, callerId, at);
        RoutingEvaluator.Evaluate(plan, BoundLiveState.Bind(plan, snapshot), usable, BoundContingencies.Bind(plan, active), call, recorder);
        if (recorder.TargetKind == DecisionTargetKind.None)
        {
            return DecisionOutcome.NoTarget;
        }

        var decision = recorder.ToDecision(plan, call, usable);
        if (callId is not null && decision.TargetKind == DecisionTargetKind.Partner && decision.AgreementId is { } agreementId)
        {
            await partnerNotifier.NotifyAsync(agreementId, callId, at, cancellationToken);
        }

        return new DecisionOutcome(DecisionOutcomeStatus.Decided, decision);
    }
}
