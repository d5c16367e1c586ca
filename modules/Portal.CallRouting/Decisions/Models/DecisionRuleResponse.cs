namespace Portal.CallRouting.Decisions.Models;

/// <summary>The rule that fired (null in the response when the queue's default placed the call).</summary>
public sealed record DecisionRuleResponse(string Id, string Name);
