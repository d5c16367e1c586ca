namespace Portal.CallRouting.Decisions.Models;

/// <summary>One step of the trace: <c>step</c> and <c>reason</c> in camelCase; <c>failedCondition</c> is the 0-based index.</summary>
public sealed record DecisionTraceResponse(
    string Step,
    string Queue,
    string? Rule,
    int? FailedCondition,
    string? FailedConditionKind,
    string? Target,
    string? Contingency,
    string? Reason,
    string Detail);
