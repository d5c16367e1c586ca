using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Agreements;
using Portal.CallRouting.Contingency.Services;
using Portal.CallRouting.Decisions.Evaluation;
using Portal.CallRouting.Live;
using Portal.CallRouting.Plans;

namespace Portal.CallRouting.Decisions.Services;

/// <summary>
/// Gathers the evaluator's inputs (the plan in force, compiled and cached per version; a live-state snapshot; the
/// usable agreements, read only when the plan names any; the active contingency plans) and decides; a decision that goes
/// to a partner is decided again against the calls in progress under the agreements (<see cref="IOverflowLoad"/>). A decision for a call (with its id) that goes to a partner force is recorded against the
/// agreement and told to the partner through this force's outbox: one local write, no call to the other force.
/// </summary>
/// <remarks>
/// The agreements, the calls in progress and the partner notifier are resolved from the request's services only when
/// a decision needs them: they are stores with a database context each, and most decisions never touch a partner.
/// </remarks>
public sealed class RoutingDecisionService(
    IPublishedPlanSource plans,
    IRoutingLiveStateReader liveState,
    CompiledPlanCache compiledPlans,
    ActiveContingencyCache activeContingencies,
    IServiceProvider services)
{
    [ThreadStatic]
    private static DecisionRecorder? t_spareRecorder;

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
        var usable = plan.AgreementIds.Length == 0 ? BoundAgreements.None(plan) : BoundAgreements.Bind(plan, await services.GetRequiredService<IOverflowAgreements>().UsableAsync(cancellationToken));
        var active = BoundContingencies.Bind(plan, await activeContingencies.CurrentAsync(cancellationToken));

        // A recorder is a few kilobytes of trace slots: each thread keeps a spare, taken for the whole decision (awaits
        // included, so never shared) and given back once the decision has been copied out of it.
        var recorder = t_spareRecorder ?? new DecisionRecorder();
        t_spareRecorder = null;
        RoutingDecision decision;
        try
        {
            var call = new DecisionCall(service, callerId, at);
            RoutingEvaluator.Evaluate(plan, BoundLiveState.Bind(plan, snapshot), usable, active, call, recorder);
            if (recorder.TargetKind == DecisionTargetKind.Partner)
            {
                // Calls in progress under an agreement can only make it unusable, so they can change only a decision that
                // went to a partner: only those read them (the evaluator then keeps each agreement within its maximum).
                var inProgress = await services.GetRequiredService<IOverflowLoad>().InProgressAsync(callId, cancellationToken);
                if (inProgress.Count > 0)
                {
                    snapshot = snapshot with { CallsOverflowedByAgreement = Larger(snapshot.CallsOverflowedByAgreement, inProgress) };
                    RoutingEvaluator.Evaluate(plan, BoundLiveState.Bind(plan, snapshot), usable, active, call, recorder);
                }
            }

            if (recorder.TargetKind == DecisionTargetKind.None)
            {
                return DecisionOutcome.NoTarget;
            }

            decision = recorder.ToDecision(plan, call, usable);
        }
        finally
        {
            t_spareRecorder = recorder;
        }

        if (callId is not null && decision.TargetKind == DecisionTargetKind.Partner && decision.AgreementId is { } agreementId)
        {
            await services.GetRequiredService<IPartnerOverflowNotifier>().NotifyAsync(agreementId, callId, at, cancellationToken);
        }

        return new DecisionOutcome(DecisionOutcomeStatus.Decided, decision);
    }

    // The live state may carry counts of its own (a stand-in, a later telephony feed): the larger of the two holds.
    private static Dictionary<string, int> Larger(IReadOnlyDictionary<string, int> live, IReadOnlyDictionary<string, int> stored)
    {
        var merged = new Dictionary<string, int>(live, StringComparer.Ordinal);
        foreach (var (agreement, calls) in stored)
        {
            merged[agreement] = Math.Max(calls, merged.GetValueOrDefault(agreement));
        }

        return merged;
    }
}
