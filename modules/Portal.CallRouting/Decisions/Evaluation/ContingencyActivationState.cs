namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>A contingency plan switched on at <see cref="ActivatedAt"/>, in force until <see cref="RevertAt"/> unless reverted sooner.</summary>
public sealed record ContingencyActivationState(string Code, DateTimeOffset ActivatedAt, DateTimeOffset RevertAt);
