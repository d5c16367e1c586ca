namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// One step of a decision's trace, as indices into the compiled plan (a struct, so tracing allocates nothing); -1 where
/// a field does not apply. <see cref="DecisionRecorder.ToDecision"/> turns them into codes and words.
/// </summary>
/// <remarks>
/// Read-only outside this assembly. The setters are for <see cref="DecisionRecorder"/>, which writes each field
/// straight into its reused array: building the step on the stack and copying it in made the CPU wait on every copy
/// (the wide load of the copy cannot be served from the narrow stores just made), about a third of a 50-rule decision.
/// </remarks>
public record struct TraceStep
{
    public TraceStep(TraceStepKind kind, int queueIndex, int ruleIndex = -1, int conditionIndex = -1, int targetIndex = -1,
        int contingencyIndex = -1, TraceReason reason = TraceReason.None)
    {
        Kind = kind;
        QueueIndex = queueIndex;
        RuleIndex = ruleIndex;
        ConditionIndex = conditionIndex;
        TargetIndex = targetIndex;
        ContingencyIndex = contingencyIndex;
        Reason = reason;
    }

    public TraceStepKind Kind { get; internal set; }

    public int QueueIndex { get; internal set; }

    public int RuleIndex { get; internal set; }

    public int ConditionIndex { get; internal set; }

    public int TargetIndex { get; internal set; }

    public int ContingencyIndex { get; internal set; }

    public TraceReason Reason { get; internal set; }
}
