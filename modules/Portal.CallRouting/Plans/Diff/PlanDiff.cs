namespace Portal.CallRouting.Plans.Diff;

/// <summary>What changed from version <see cref="From"/> to version <see cref="To"/>; only what changed is listed.</summary>
public sealed record PlanDiff(int From, int To, IReadOnlyList<QueueDiff> Queues, IReadOnlyList<ContingencyPlanDiff> ContingencyPlans)
{
    public bool Identical => Queues.Count == 0 && ContingencyPlans.Count == 0;
}
