namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// One step of a decision's trace, as indices into the compiled plan (a struct, so tracing allocates nothing); -1 where
/// a field does not apply. <see cref="DecisionRecorder.ToDecision"/> turns them into codes and words.
/// </summary>
public readonly record struct TraceStep(
    TraceStepKind Kind,
    int QueueIndex,
    int RuleIndex = -1,
    int ConditionIndex = -1,
    int TargetIndex = -1,
    int ContingencyIndex = -1,
    TraceReason Reason = TraceReason.None);
