using System.Text.Json.Serialization;

namespace Portal.CallRouting.Domain.Rules;

/// <summary>
/// One condition of a policy rule (NENA i3: every condition of a rule must hold for its actions to run). In JSON the
/// <c>kind</c> property says which condition it is.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TimePeriodCondition), "timePeriod")]
[JsonDerivedType(typeof(QueueMetricCondition), "queueMetric")]
[JsonDerivedType(typeof(CentreStateCondition), "centreState")]
[JsonDerivedType(typeof(CallerPrefixCondition), "callerPrefix")]
[JsonDerivedType(typeof(CallerWithheldCondition), "callerWithheld")]
public abstract record RuleCondition;

/// <summary>Holds while the schedule is open (<see cref="WhenOpen"/>) or while it is closed.</summary>
public sealed record TimePeriodCondition(string ScheduleCode, bool WhenOpen) : RuleCondition;

/// <summary>
/// Compares a live figure of a queue with a threshold: "oldest wait greater than 20 s". <see cref="QueueCode"/> null
/// means the queue the rule belongs to.
/// </summary>
public sealed record QueueMetricCondition(QueueMetric Metric, ComparisonOperator Operator, double Threshold, string? QueueCode) : RuleCondition;

/// <summary>Holds while the centre's service state is one of <see cref="States"/>.</summary>
public sealed record CentreStateCondition(string CentreCode, IReadOnlyList<CentreServiceState> States) : RuleCondition;

/// <summary>Holds when the caller's number starts with one of <see cref="Prefixes"/> (digits, an optional leading +).</summary>
public sealed record CallerPrefixCondition(IReadOnlyList<string> Prefixes) : RuleCondition;

/// <summary>Holds when the caller's number is withheld (<see cref="Withheld"/>) or when it is presented.</summary>
public sealed record CallerWithheldCondition(bool Withheld) : RuleCondition;
