namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>The call a decision is asked for: the service dialled, the caller's number (null when withheld) and when.</summary>
public readonly record struct DecisionCall(string Service, string? CallerId, DateTimeOffset At);
