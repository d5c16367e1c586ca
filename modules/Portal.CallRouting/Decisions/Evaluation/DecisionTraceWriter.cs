using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// Turns trace steps (indices) into codes and a sentence a duty officer can read. A step's words depend only on the
/// plan and the step, so each distinct step is described once per compiled plan (<see cref="CompiledRoutingPlan.DescribedSteps"/>):
/// a 50-rule decision otherwise built some 150 strings for its trace on every call.
/// </summary>
internal static class DecisionTraceWriter
{
    public static CompiledPolicy PolicyOf(CompiledRoutingPlan plan, int queue, int contingency) =>
        contingency >= 0 ? plan.Contingencies[contingency].Policies[queue] ?? plan.Queues[queue].Policy : plan.Queues[queue].Policy;

    public static DecisionTraceEntry Describe(CompiledRoutingPlan plan, TraceStep step) =>
        plan.DescribedSteps.TryGetValue(step, out var described) ? described : Remember(plan, step, Words(plan, step));

    private static DecisionTraceEntry Remember(CompiledRoutingPlan plan, TraceStep step, DecisionTraceEntry described)
    {
        // The steps a plan can produce are bounded by its size; the cap only guards against a plan far larger than any real one.
        if (plan.DescribedSteps.Count < CompiledRoutingPlan.MaxDescribedSteps)
        {
            plan.DescribedSteps.TryAdd(step, described);
        }

        return described;
    }

    private static DecisionTraceEntry Words(CompiledRoutingPlan plan, TraceStep step)
    {
        var queue = step.QueueIndex >= 0 ? plan.Queues[step.QueueIndex].Code : "";
        var rule = step.RuleIndex >= 0 ? PolicyOf(plan, step.QueueIndex, step.ContingencyIndex).Rules[step.RuleIndex] : null;
        var condition = rule is not null && step.ConditionIndex >= 0 ? rule.Conditions[step.ConditionIndex] : null;
        var contingency = step.ContingencyIndex >= 0 ? plan.Contingencies[step.ContingencyIndex].Code : null;
        var target = Target(plan, step);
        var ruleText = rule is null ? "" : $"Rule '{rule.Id}' ({rule.Name})";
        var why = ReasonWords(step.Reason);
        var detail = step.Kind switch
        {
            TraceStepKind.QueueChosen => $"Queue {queue} answers the call.",
            TraceStepKind.QueueClosed => $"Queue {queue} is closed now; the next queue of the service is tried.",
            TraceStepKind.AllQueuesClosed => $"Every queue of the service is closed; queue {queue}, the highest priority, takes the call and its rules decide.",
            TraceStepKind.ContingencyPolicy => $"Contingency plan {contingency} is active: its rules replace queue {queue}'s.",
            TraceStepKind.ConditionFailed => $"{ruleText} did not hold: condition {step.ConditionIndex + 1} ({Describe(condition?.Source)}) failed.",
            TraceStepKind.RuleFired => $"{ruleText} held: its actions run.",
            TraceStepKind.RuleSkipped => $"{ruleText} held, but agreement {target} {why}: the rule is skipped.",
            TraceStepKind.CentreUnavailable => $"Centre {target} {why}.",
            TraceStepKind.ActionUnavailable => $"{(rule is null ? "The default action" : ruleText)} cannot place the call ({why}); the queue's default takes over.",
            TraceStepKind.DefaultApplied => $"Queue {queue}'s default actions run.",
            TraceStepKind.OverflowedToQueue => $"The call overflows from queue {queue} into queue {target}.",
            TraceStepKind.HopLimitReached => $"More than {RoutingEvaluator.MaxQueueHops} queue-to-queue overflows: the chain is cut at queue {queue}.",
            TraceStepKind.LastResort => target is null
                ? "No centre exists to take the call."
                : $"Nothing in the policy could place the call: centre {target}, the most suitable left, takes it.",
            _ => step.Kind.ToString(),
        };

        return new DecisionTraceEntry(step.Kind, queue, rule?.Id, condition is null ? null : step.ConditionIndex,
            condition is null ? null : Kind(condition.Kind), target, contingency,
            step.Reason == TraceReason.None ? null : step.Reason, detail);
    }

    private static string? Target(CompiledRoutingPlan plan, TraceStep step)
    {
        if (step.TargetIndex < 0)
        {
            return null;
        }

        return step.Kind switch
        {
            TraceStepKind.CentreUnavailable or TraceStepKind.LastResort => plan.Centres[step.TargetIndex].Code,
            TraceStepKind.OverflowedToQueue => plan.Queues[step.TargetIndex].Code,
            TraceStepKind.RuleSkipped => plan.AgreementIds[step.TargetIndex],
            _ => null,
        };
    }

    private static string Kind(ConditionKind kind) => CamelCaseName<ConditionKind>.Of(kind);

    private static string Describe(RuleCondition? condition) => condition switch
    {
        TimePeriodCondition c => $"schedule {c.ScheduleCode} {(c.WhenOpen ? "open" : "closed")}",
        QueueMetricCondition c => $"{c.Metric} of {c.QueueCode ?? "this queue"} {c.Operator} {c.Threshold}",
        CentreStateCondition c => $"centre {c.CentreCode} in {string.Join(" or ", c.States)}",
        CallerPrefixCondition c => $"caller starts with {string.Join(" or ", c.Prefixes)}",
        CallerWithheldCondition c => c.Withheld ? "caller withheld" : "caller presented",
        _ => "unknown",
    };

    private static string ReasonWords(TraceReason reason) => reason switch
    {
        TraceReason.CentreDown => "is Down",
        TraceReason.CentreUnstaffed => "is Unstaffed",
        TraceReason.OutsideStaffedHours => "is outside its staffed hours",
        TraceReason.NoServingCentreAvailable => "no serving centre is available",
        TraceReason.UnknownTarget => "its target is not in the plan",
        TraceReason.AgreementNotUsable => "is not usable (not accepted, revoked or expired)",
        TraceReason.AgreementExpired => "has expired",
        TraceReason.AgreementOutsideHours => "is outside its hours",
        TraceReason.AgreementAtCapacity => "is at its maximum concurrent calls",
        TraceReason.AgreementForAnotherQueue => "covers another queue",
        _ => "",
    };
}
