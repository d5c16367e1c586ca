using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// Where the evaluator writes a decision: its outcome, the notifications collected and the trace. Reusable (the
/// evaluator resets it), so a caller that keeps one per thread makes decisions without allocating; not thread-safe.
/// <see cref="ToDecision"/> turns it into the immutable <see cref="RoutingDecision"/> the API answers.
/// </summary>
public sealed class DecisionRecorder
{
    private TraceStep[] _steps = new TraceStep[64];
    private NotifyAction[] _notifications = new NotifyAction[8];

    public int StepCount { get; private set; }

    public int NotificationCount { get; private set; }

    public DecisionTargetKind TargetKind { get; private set; }

    public DecisionActionKind Action { get; private set; }

    /// <summary>Centre index (Centre) or agreement index (Partner); -1 otherwise.</summary>
    public int TargetIndex { get; private set; } = -1;

    public string? Announcement { get; private set; }

    /// <summary>The queue the service's call entered first.</summary>
    public int EntryQueue { get; internal set; } = -1;

    /// <summary>The queue whose policy placed the call (after any overflow into other queues).</summary>
    public int FinalQueue { get; private set; } = -1;

    /// <summary>The rule that placed the call in <see cref="FinalQueue"/>'s policy in force, or -1 for its default.</summary>
    public int RuleIndex { get; private set; } = -1;

    /// <summary>The contingency whose policy was in force in <see cref="FinalQueue"/>, or -1 for the plan's own.</summary>
    public int ContingencyIndex { get; private set; } = -1;

    /// <summary>The facts about the call being decided, worked out once each (see <see cref="CallFacts"/>).</summary>
    internal CallFacts Facts { get; } = new();

    public ReadOnlySpan<TraceStep> Steps => _steps.AsSpan(0, StepCount);

    public ReadOnlySpan<NotifyAction> Notifications => _notifications.AsSpan(0, NotificationCount);

    internal void Reset()
    {
        StepCount = 0;
        Array.Clear(_notifications, 0, NotificationCount);
        NotificationCount = 0;
        TargetKind = DecisionTargetKind.None;
        Action = DecisionActionKind.LastResort;
        TargetIndex = -1;
        Announcement = null;
        EntryQueue = -1;
        FinalQueue = -1;
        RuleIndex = -1;
        ContingencyIndex = -1;
    }

    internal void Add(TraceStepKind kind, int queue, int rule = -1, int condition = -1, int target = -1, int contingency = -1,
        TraceReason reason = TraceReason.None)
    {
        if (StepCount == _steps.Length)
        {
            Array.Resize(ref _steps, _steps.Length * 2);
        }

        // Field by field into the slot, not a struct built aside and copied in: see TraceStep's remarks.
        ref var step = ref _steps[StepCount++];
        step.Kind = kind;
        step.QueueIndex = queue;
        step.RuleIndex = rule;
        step.ConditionIndex = condition;
        step.TargetIndex = target;
        step.ContingencyIndex = contingency;
        step.Reason = reason;
    }

    internal void Notify(NotifyAction[] notifications)
    {
        foreach (var notification in notifications)
        {
            if (NotificationCount == _notifications.Length)
            {
                Array.Resize(ref _notifications, _notifications.Length * 2);
            }

            _notifications[NotificationCount++] = notification;
        }
    }

    internal void Place(DecisionTargetKind kind, DecisionActionKind action, int target, string? announcement, int queue, int rule, int contingency)
    {
        TargetKind = kind;
        Action = action;
        TargetIndex = target;
        Announcement = announcement;
        FinalQueue = queue;
        RuleIndex = rule;
        ContingencyIndex = contingency;
    }

    /// <summary>The decision in codes and words, for the API and the tests.</summary>
    public RoutingDecision ToDecision(CompiledRoutingPlan plan, in DecisionCall call, BoundAgreements agreements)
    {
        var rule = RuleIndex >= 0 ? DecisionTraceWriter.PolicyOf(plan, FinalQueue, ContingencyIndex).Rules[RuleIndex] : null;
        var agreement = TargetKind == DecisionTargetKind.Partner ? agreements.Terms[TargetIndex] : null;
        var trace = new DecisionTraceEntry[StepCount];
        for (var i = 0; i < StepCount; i++)
        {
            trace[i] = DecisionTraceWriter.Describe(plan, _steps[i]);
        }

        return new RoutingDecision(
            plan.Version,
            plan.Sha256,
            call.Service,
            call.At,
            EntryQueue >= 0 ? plan.Queues[EntryQueue].Code : "",
            FinalQueue >= 0 ? plan.Queues[FinalQueue].Code : "",
            Action,
            TargetKind,
            TargetKind == DecisionTargetKind.Centre ? plan.Centres[TargetIndex].Code : null,
            agreement?.PartnerTenant,
            TargetKind == DecisionTargetKind.Partner ? plan.AgreementIds[TargetIndex] : null,
            Announcement,
            rule?.Id,
            rule?.Name,
            ContingencyIndex >= 0 ? plan.Contingencies[ContingencyIndex].Code : null,
            Notifications.ToArray(),
            trace);
    }
}
