namespace Portal.CallRouting.Plans.Validation;

/// <summary>
/// One thing validation found. <see cref="Path"/> names the field in the document the way a client wrote it
/// (<c>queues[0].rules[2].actions[0].queueCode</c>); <see cref="Code"/> is stable for clients and tests
/// (<see cref="PlanFindingCodes"/>).
/// </summary>
public sealed record PlanFinding(PlanFindingSeverity Severity, string Code, string Path, string Message);
