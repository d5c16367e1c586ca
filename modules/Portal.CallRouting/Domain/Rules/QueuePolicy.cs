namespace Portal.CallRouting.Domain.Rules;

/// <summary>The rules of one queue and what happens when none fires (<see cref="DefaultActions"/>, one of them terminal).</summary>
public sealed record QueuePolicy(string QueueCode, IReadOnlyList<PolicyRule> Rules, IReadOnlyList<RuleAction> DefaultActions);
