using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>
/// One distinct test that conditions of the plan make, every code resolved. Equal conditions anywhere in the plan (the
/// same schedule open, the same centre Down, the same queue figure against the same threshold, the same prefixes) share
/// one atom, so a decision works each out at most once however many rules repeat it. A value, compared field by field.
/// </summary>
/// <param name="Kind">Which test.</param>
/// <param name="Operand">TimePeriod: the schedule index; QueueMetric: the figure index in
/// <see cref="Evaluation.BoundLiveState.QueueFigures"/>; CentreState: the centre index; CallerPrefix: the prefix set
/// index; CallerWithheld: 0. A negative operand names something the plan does not have: the atom never holds.</param>
/// <param name="Flag">TimePeriod: holds while open (true) or closed; CallerWithheld: holds when withheld (true) or presented.</param>
/// <param name="Operator">QueueMetric: how the figure is compared with <paramref name="Threshold"/>.</param>
/// <param name="Threshold">QueueMetric: the value compared with.</param>
/// <param name="StateMask">CentreState: bit <c>1 &lt;&lt; (int)state</c> set for each state in which it holds.</param>
public readonly record struct ConditionAtom(
    ConditionKind Kind,
    int Operand,
    bool Flag = false,
    ComparisonOperator Operator = default,
    double Threshold = 0,
    int StateMask = 0);
