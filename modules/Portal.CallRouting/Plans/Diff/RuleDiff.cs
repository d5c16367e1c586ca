using Portal.CallRouting.Domain.Rules;

namespace Portal.CallRouting.Plans.Diff;

/// <summary>
/// A rule (matched by its id) added, removed or changed. <see cref="ChangedFields"/> names what changed ("name",
/// "priority", "conditions", "actions"); the whole rule before and after is given for the reader.
/// </summary>
public sealed record RuleDiff(
    string RuleId,
    DiffChange Change,
    IReadOnlyList<string> ChangedFields,
    ListDiff<RuleCondition>? Conditions,
    ListDiff<RuleAction>? Actions,
    PolicyRule? Before,
    PolicyRule? After);
