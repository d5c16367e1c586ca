namespace Portal.CallRouting.Domain.Rules;

/// <summary>
/// A policy rule of one queue. Rules are tried by <see cref="Priority"/> (lowest number first); the first whose
/// conditions all hold runs its actions. A rule without conditions always holds. <see cref="Id"/> is stable across
/// plan versions, so a decision's trace and a diff can name the rule.
/// </summary>
public sealed record PolicyRule(
    string Id,
    string Name,
    int Priority,
    IReadOnlyList<RuleCondition> Conditions,
    IReadOnlyList<RuleAction> Actions);
