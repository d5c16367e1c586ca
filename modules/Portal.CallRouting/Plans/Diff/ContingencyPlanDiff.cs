namespace Portal.CallRouting.Plans.Diff;

/// <summary>A contingency plan (matched by its code) added, removed or changed: its own fields and its queue policies.</summary>
public sealed record ContingencyPlanDiff(string Code, DiffChange Change, IReadOnlyList<string> ChangedFields, IReadOnlyList<QueueDiff> Queues);
