namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>What happened at one step of a decision.</summary>
public enum TraceStepKind : byte
{
    /// <summary>The queue answering the service was chosen (the first open one by priority).</summary>
    QueueChosen,
    /// <summary>A queue of the service was passed over because it is closed now.</summary>
    QueueClosed,
    /// <summary>Every queue of the service is closed: the highest-priority one takes the call and its rules decide.</summary>
    AllQueuesClosed,
    /// <summary>A contingency plan's policy replaces the queue's own.</summary>
    ContingencyPolicy,
    /// <summary>A rule did not hold: <see cref="TraceStep.ConditionIndex"/> is the first condition that failed.</summary>
    ConditionFailed,
    /// <summary>A rule held and its actions ran.</summary>
    RuleFired,
    /// <summary>A rule held but its partner agreement is not usable now: skipped as if it had not held.</summary>
    RuleSkipped,
    /// <summary>A centre was passed over (<see cref="TraceStep.Reason"/> says why).</summary>
    CentreUnavailable,
    /// <summary>The action could not place the call (<see cref="TraceStep.Reason"/>): the queue's default takes over.</summary>
    ActionUnavailable,
    /// <summary>No rule fired (or a fired rule's action could not place the call): the queue's default actions ran.</summary>
    DefaultApplied,
    /// <summary>The call went on into another queue, whose policy decides next.</summary>
    OverflowedToQueue,
    /// <summary>Too many queue-to-queue hops (a loop validation should have refused).</summary>
    HopLimitReached,
    /// <summary>Nothing in the policy could place the call: the most preferred centre not Down takes it.</summary>
    LastResort,
}
