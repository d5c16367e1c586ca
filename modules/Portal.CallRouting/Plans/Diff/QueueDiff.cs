using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.Diff;

/// <summary>A queue's policy added, removed or changed: its rules that changed and how its default changed.</summary>
public sealed record QueueDiff(string QueueCode, DiffChange Change, IReadOnlyList<RuleDiff> Rules, ListDiff<RuleAction>? DefaultActions);
