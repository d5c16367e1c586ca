namespace Portal.CallRouting.Scheduling;

/// <summary>Why a schedule cannot be evaluated: <see cref="Path"/> names the field as in the API's JSON (camelCase).</summary>
public sealed record ScheduleProblem(string Path, string Reason);
