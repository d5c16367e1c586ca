namespace Portal.CallRouting.Decisions.Compilation;

/// <summary>The compiled form of each <see cref="Domain.Rules.RuleCondition"/> kind.</summary>
public enum ConditionKind : byte
{
    TimePeriod,
    QueueMetric,
    CentreState,
    CallerPrefix,
    CallerWithheld,
}
