using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>
/// One condition with every code resolved to an index of the compiled plan. One flat shape for all kinds (only the
/// fields of its <see cref="Kind"/> are meaningful), so evaluating a rule walks an array without virtual calls.
/// </summary>
public sealed class CompiledCondition
{
    public required ConditionKind Kind { get; init; }

    /// <summary>The condition as written, for the decision's trace.</summary>
    public required RuleCondition Source { get; init; }

    /// <summary>The plan's <see cref="CompiledRoutingPlan.Atoms"/> entry this condition tests (equal conditions share one).</summary>
    public int AtomIndex { get; internal set; } = -1;

    /// <summary>TimePeriod: the schedule's index.</summary>
    public int ScheduleIndex { get; init; } = -1;

    /// <summary>TimePeriod: holds while open (true) or while closed; CallerWithheld: holds when withheld (true) or presented.</summary>
    public bool Flag { get; init; }

    /// <summary>QueueMetric: the queue whose figure is compared (already the rule's own queue when the rule named none).</summary>
    public int QueueIndex { get; init; } = -1;

    /// <summary>QueueMetric: where the compared figure sits in <see cref="Evaluation.BoundLiveState.QueueFigures"/>; -1 for an unknown queue.</summary>
    public int FigureIndex { get; init; } = -1;

    public QueueMetric Metric { get; init; }

    public ComparisonOperator Operator { get; init; }

    public double Threshold { get; init; }

    /// <summary>CentreState: the centre's index.</summary>
    public int CentreIndex { get; init; } = -1;

    /// <summary>CentreState: bit <c>1 &lt;&lt; (int)state</c> set for each state in which the condition holds.</summary>
    public int StateMask { get; init; }

    /// <summary>CallerPrefix: the prefixes as written.</summary>
    public string[] Prefixes { get; init; } = [];

    /// <summary>CallerPrefix: the plan's <see cref="CompiledRoutingPlan.PrefixSets"/> entry for <see cref="Prefixes"/> (equal lists share one).</summary>
    public int PrefixSetIndex { get; init; } = -1;
}
