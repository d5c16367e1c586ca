namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// One step of a decision's trace in codes: the queue, the rule (with the index and kind of the condition that failed),
/// the centre, queue or agreement concerned, the contingency whose policy it was, the reason, and a sentence.
/// </summary>
public sealed record DecisionTraceEntry(
    TraceStepKind Step,
    string Queue,
    string? Rule,
    int? FailedCondition,
    string? FailedConditionKind,
    string? Target,
    string? Contingency,
    TraceReason? Reason,
    string Detail);
