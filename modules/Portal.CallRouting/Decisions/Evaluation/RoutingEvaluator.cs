using Portal.CallRouting.Agreements;
using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Live;

namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// Decides where a call goes: a pure function of (compiled plan, live state, usable agreements, active contingency
/// plans, call). No I/O, no clock, no allocation on the decision path (arrays and indices only; the recorder is
/// reused), so the same inputs give the same decision on any node.
/// <list type="number">
/// <item>The service's queues by priority: the first open one (a 999 queue is always open); if all are closed, the
/// first, whose rules handle closed hours.</item>
/// <item>The queue's policy (an active contingency plan's, if one replaces it): rules by priority, the first whose
/// conditions all hold runs. A rule sending calls to a partner under an agreement not usable now (unknown, expired,
/// outside its hours, at its maximum concurrent calls, for another queue) is skipped as if it had not held.</item>
/// <item>servingCentres takes the most preferred centre that is not Down or Unstaffed and within its staffed hours;
/// routeToCentre needs its centre to be the same. If neither can place the call, the queue's default takes over.</item>
/// <item>overflowToQueue continues in that queue's policy (at most <see cref="MaxQueueHops"/> hops: validation
/// refuses loops, this guards against one slipping through); playAnnouncement ends the call; notify actions of every
/// rule or default that ran are collected.</item>
/// <item>If even the default cannot place the call, the last resort is the most suitable centre left (see
/// <see cref="TraceStepKind.LastResort"/>): a call is never dropped because a plan was incomplete.</item>
/// </list>
/// </summary>
public static class RoutingEvaluator
{
    public const int MaxQueueHops = 8;

    private const int Placed = -1;
    private const int Unavailable = -2;

    /// <summary>Binds the inputs and decides; convenient for tests and single decisions.</summary>
    /// <returns>The decision, or null when no queue of the plan answers <see cref="DecisionCall.Service"/>.</returns>
    public static RoutingDecision? Decide(CompiledRoutingPlan plan, RoutingLiveState live, IReadOnlyList<OverflowAgreementTerms> usableAgreements,
        IReadOnlyList<ContingencyActivationState> activeContingencies, DecisionCall call)
    {
        var agreements = BoundAgreements.Bind(plan, usableAgreements);
        var recorder = new DecisionRecorder();
        return Evaluate(plan, BoundLiveState.Bind(plan, live), agreements, BoundContingencies.Bind(plan, activeContingencies), call, recorder)
            ? recorder.ToDecision(plan, call, agreements)
            : null;
    }

    /// <summary>Decides into <paramref name="recorder"/> (reset first).</summary>
    /// <returns>False when no queue of the plan answers the call's service (nothing is recorded then).</returns>
    public static bool Evaluate(CompiledRoutingPlan plan, BoundLiveState live, BoundAgreements agreements, BoundContingencies contingencies,
        in DecisionCall call, DecisionRecorder recorder)
    {
        recorder.Reset();
        if (!plan.QueuesByService.TryGetValue(call.Service, out var candidates) || candidates.Length == 0)
        {
            return false;
        }

        var facts = recorder.Facts;
        facts.Begin(plan, call);
        var queue = ChooseQueue(plan, candidates, facts, recorder);
        recorder.EntryQueue = queue;
        var ticks = facts.UtcTicks;
        for (var hops = 0; ; hops++)
        {
            var contingency = ContingencyFor(plan, contingencies, queue, ticks);
            CompiledPolicy policy;
            if (contingency >= 0)
            {
                policy = plan.Contingencies[contingency].Policies[queue]!;
                recorder.Add(TraceStepKind.ContingencyPolicy, queue, contingency: contingency);
            }
            else
            {
                policy = plan.Queues[queue].Policy;
            }

            var next = RunPolicy(plan, policy, queue, contingency, live, agreements, facts, recorder);
            if (next == Placed)
            {
                return true;
            }

            recorder.Add(TraceStepKind.OverflowedToQueue, queue, target: next);
            if (hops + 1 > MaxQueueHops)
            {
                recorder.Add(TraceStepKind.HopLimitReached, next);
                LastResort(plan, next, contingency, live, facts, recorder);
                return true;
            }

            queue = next;
        }
    }

    private static int ChooseQueue(CompiledRoutingPlan plan, int[] candidates, CallFacts facts, DecisionRecorder recorder)
    {
        foreach (var candidate in candidates)
        {
            var hours = plan.Queues[candidate].OpeningHoursIndex;
            // A schedule the calendar could not compile (null) counts as open: no call is lost over a bad schedule.
            if (hours < 0 || facts.IsOpen(plan, hours) != false)
            {
                recorder.Add(TraceStepKind.QueueChosen, candidate);
                return candidate;
            }

            recorder.Add(TraceStepKind.QueueClosed, candidate);
        }

        recorder.Add(TraceStepKind.AllQueuesClosed, candidates[0]);
        return candidates[0];
    }

    private static int ContingencyFor(CompiledRoutingPlan plan, BoundContingencies contingencies, int queue, long ticks)
    {
        var indices = contingencies.Indices;
        for (var i = 0; i < indices.Length; i++)
        {
            // Past its revert time an activation is over, whether or not anything has recorded the revert yet.
            if (contingencies.ActivatedTicks[i] <= ticks && ticks < contingencies.RevertTicks[i]
                && plan.Contingencies[indices[i]].Policies[queue] is not null)
            {
                return indices[i];
            }
        }

        return -1;
    }

    /// <returns><see cref="Placed"/>, or the index of the queue the call overflows into.</returns>
    private static int RunPolicy(CompiledRoutingPlan plan, CompiledPolicy policy, int queue, int contingency, BoundLiveState live,
        BoundAgreements agreements, CallFacts facts, DecisionRecorder recorder)
    {
        var rules = policy.Rules;
        var atoms = policy.ConditionAtoms;
        var starts = policy.RuleStarts;
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            var failed = FirstFailedCondition(plan, atoms, starts[r], starts[r + 1], live, facts);
            if (failed >= 0)
            {
                recorder.Add(TraceStepKind.ConditionFailed, queue, r, failed, contingency: contingency);
                continue;
            }

            var actions = rule.Actions;
            if (actions.Terminal == TerminalKind.OverflowToPartner)
            {
                var problem = AgreementProblem(plan, actions.TargetIndex, queue, live, agreements, facts);
                if (problem != TraceReason.None)
                {
                    recorder.Add(TraceStepKind.RuleSkipped, queue, r, target: actions.TargetIndex,
                        contingency: contingency, reason: problem);
                    continue;
                }
            }

            recorder.Add(TraceStepKind.RuleFired, queue, r, contingency: contingency);
            recorder.Notify(actions.Notifications);
            var outcome = Apply(plan, actions, queue, r, contingency, live, agreements, facts, recorder);
            if (outcome != Unavailable)
            {
                return outcome;
            }

            // The rule fired but could not place the call: the default decides, as the issue asks.
            break;
        }

        recorder.Add(TraceStepKind.DefaultApplied, queue, contingency: contingency);
        recorder.Notify(policy.Default.Notifications);
        var result = Apply(plan, policy.Default, queue, -1, contingency, live, agreements, facts, recorder);
        if (result != Unavailable)
        {
            return result;
        }

        LastResort(plan, queue, contingency, live, facts, recorder);
        return Placed;
    }

    private static int Apply(CompiledRoutingPlan plan, CompiledActions actions, int queue, int rule, int contingency, BoundLiveState live,
        BoundAgreements agreements, CallFacts facts, DecisionRecorder recorder)
    {
        switch (actions.Terminal)
        {
            case TerminalKind.ServingCentres:
                foreach (var centre in plan.Queues[queue].ServingCentres)
                {
                    var problem = CentreProblem(plan, centre, live, facts);
                    if (problem == TraceReason.None)
                    {
                        recorder.Place(DecisionTargetKind.Centre, DecisionActionKind.ServingCentres, centre, null, queue, rule, contingency);
                        return Placed;
                    }

                    recorder.Add(TraceStepKind.CentreUnavailable, queue, target: centre, reason: problem);
                }

                return Refuse(queue, rule, contingency, TraceReason.NoServingCentreAvailable, recorder);

            case TerminalKind.RouteToCentre:
            {
                var centre = actions.TargetIndex;
                if (centre < 0)
                {
                    return Refuse(queue, rule, contingency, TraceReason.UnknownTarget, recorder);
                }

                var problem = CentreProblem(plan, centre, live, facts);
                if (problem != TraceReason.None)
                {
                    recorder.Add(TraceStepKind.CentreUnavailable, queue, target: centre, reason: problem);
                    return Refuse(queue, rule, contingency, problem, recorder);
                }

                recorder.Place(DecisionTargetKind.Centre, DecisionActionKind.RouteToCentre, centre, null, queue, rule, contingency);
                return Placed;
            }

            case TerminalKind.OverflowToQueue:
                return actions.TargetIndex >= 0
                    ? actions.TargetIndex
                    : Refuse(queue, rule, contingency, TraceReason.UnknownTarget, recorder);

            case TerminalKind.OverflowToPartner:
            {
                var problem = AgreementProblem(plan, actions.TargetIndex, queue, live, agreements, facts);
                if (problem != TraceReason.None)
                {
                    return Refuse(queue, rule, contingency, problem, recorder);
                }

                recorder.Place(DecisionTargetKind.Partner, DecisionActionKind.OverflowToPartner, actions.TargetIndex, null, queue, rule, contingency);
                return Placed;
            }

            default:
                recorder.Place(DecisionTargetKind.Announcement, DecisionActionKind.PlayAnnouncement, -1, actions.Announcement, queue, rule, contingency);
                return Placed;
        }
    }

    private static int Refuse(int queue, int rule, int contingency, TraceReason reason, DecisionRecorder recorder)
    {
        recorder.Add(TraceStepKind.ActionUnavailable, queue, rule, contingency: contingency, reason: reason);
        return Unavailable;
    }

    /// <summary>
    /// The most suitable centre left: a serving centre that is available, any available centre of the force, then a
    /// serving centre (or any centre) that is at least not Down, then the most preferred serving centre whatever its
    /// state. Only a plan without centres ends with no target.
    /// </summary>
    private static void LastResort(CompiledRoutingPlan plan, int queue, int contingency, BoundLiveState live, CallFacts facts, DecisionRecorder recorder)
    {
        var serving = plan.Queues[queue].ServingCentres;
        var centre = FirstAvailable(plan, serving, live, facts, anyButDown: false);
        if (centre < 0)
        {
            centre = FirstAvailableOfAll(plan, live, facts, anyButDown: false);
        }

        if (centre < 0)
        {
            centre = FirstAvailable(plan, serving, live, facts, anyButDown: true);
        }

        if (centre < 0)
        {
            centre = FirstAvailableOfAll(plan, live, facts, anyButDown: true);
        }

        if (centre < 0)
        {
            centre = serving.Length > 0 ? serving[0] : plan.Centres.Length > 0 ? 0 : -1;
        }

        recorder.Add(TraceStepKind.LastResort, queue, target: centre);
        if (centre >= 0)
        {
            recorder.Place(DecisionTargetKind.Centre, DecisionActionKind.LastResort, centre, null, queue, -1, contingency);
        }
        else
        {
            recorder.Place(DecisionTargetKind.None, DecisionActionKind.LastResort, -1, null, queue, -1, contingency);
        }
    }

    private static int FirstAvailable(CompiledRoutingPlan plan, int[] centres, BoundLiveState live, CallFacts facts, bool anyButDown)
    {
        foreach (var centre in centres)
        {
            if (anyButDown ? live.CentreStates[centre] != CentreServiceState.Down : CentreProblem(plan, centre, live, facts) == TraceReason.None)
            {
                return centre;
            }
        }

        return -1;
    }

    private static int FirstAvailableOfAll(CompiledRoutingPlan plan, BoundLiveState live, CallFacts facts, bool anyButDown)
    {
        for (var centre = 0; centre < plan.Centres.Length; centre++)
        {
            if (anyButDown ? live.CentreStates[centre] != CentreServiceState.Down : CentreProblem(plan, centre, live, facts) == TraceReason.None)
            {
                return centre;
            }
        }

        return -1;
    }

    private static TraceReason CentreProblem(CompiledRoutingPlan plan, int centre, BoundLiveState live, CallFacts facts)
    {
        switch (live.CentreStates[centre])
        {
            case CentreServiceState.Down:
                return TraceReason.CentreDown;
            case CentreServiceState.Unstaffed:
                return TraceReason.CentreUnstaffed;
        }

        var hours = plan.Centres[centre].StaffedHoursIndex;
        return hours >= 0 && facts.IsOpen(plan, hours) == false ? TraceReason.OutsideStaffedHours : TraceReason.None;
    }

    private static TraceReason AgreementProblem(CompiledRoutingPlan plan, int agreement, int queue, BoundLiveState live,
        BoundAgreements agreements, CallFacts facts)
    {
        if (agreement < 0 || agreements.Terms[agreement] is not { } terms)
        {
            return TraceReason.AgreementNotUsable;
        }

        if (facts.UtcTicks >= terms.ExpiresAt.UtcTicks)
        {
            return TraceReason.AgreementExpired;
        }

        if (!string.Equals(terms.QueueCode, plan.Queues[queue].Code, StringComparison.Ordinal))
        {
            return TraceReason.AgreementForAnotherQueue;
        }

        if (agreements.Hours[agreement] is { } hours && !facts.IsOpen(hours))
        {
            return TraceReason.AgreementOutsideHours;
        }

        return live.AgreementCalls[agreement] >= terms.MaxConcurrentCalls ? TraceReason.AgreementAtCapacity : TraceReason.None;
    }

    /// <returns>The index (within its rule) of the first of the conditions <paramref name="atoms"/>[from..to] that fails, or -1.</returns>
    private static int FirstFailedCondition(CompiledRoutingPlan plan, int[] atoms, int from, int to, BoundLiveState live, CallFacts facts)
    {
        for (var c = from; c < to; c++)
        {
            var atom = atoms[c];
            if (!facts.TryRecall(atom, out var holds))
            {
                holds = Holds(plan, plan.Atoms[atom], live, facts);
                facts.Remember(atom, holds);
            }

            if (!holds)
            {
                return c - from;
            }
        }

        return -1;
    }

    private static bool Holds(CompiledRoutingPlan plan, in ConditionAtom atom, BoundLiveState live, CallFacts facts)
    {
        switch (atom.Kind)
        {
            case ConditionKind.TimePeriod:
                // A schedule the calendar could not compile (null) never satisfies a time condition.
                return atom.Operand >= 0 && facts.IsOpen(plan, atom.Operand) == atom.Flag;
            case ConditionKind.QueueMetric:
                return atom.Operand >= 0 && Compare(live.QueueFigures[atom.Operand], atom.Operator, atom.Threshold);
            case ConditionKind.CentreState:
                return atom.Operand >= 0 && (atom.StateMask & (1 << (int)live.CentreStates[atom.Operand])) != 0;
            case ConditionKind.CallerPrefix:
                return atom.Operand >= 0 && facts.CallerMatches(plan, atom.Operand);
            case ConditionKind.CallerWithheld:
                return (facts.CallerId is null) == atom.Flag;
            default:
                return false;
        }
    }

    private static bool Compare(double value, ComparisonOperator op, double threshold) => op switch
    {
        ComparisonOperator.LessThan => value < threshold,
        ComparisonOperator.LessThanOrEqual => value <= threshold,
        ComparisonOperator.Equal => value == threshold,
        ComparisonOperator.GreaterThanOrEqual => value >= threshold,
        _ => value > threshold,
    };
}
