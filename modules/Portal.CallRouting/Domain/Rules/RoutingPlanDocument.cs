namespace Portal.CallRouting.Domain.Rules;

/// <summary>
/// The rules part of a routing plan version: each queue's policy and the contingency plans. It names centres, queues,
/// schedules and agreements by code; publishing binds it to a copy of the configuration (<see cref="RoutingConfiguration"/>).
/// </summary>
public sealed record RoutingPlanDocument(IReadOnlyList<QueuePolicy> Queues, IReadOnlyList<ContingencyPlan> ContingencyPlans)
{
    public static RoutingPlanDocument Empty { get; } = new([], []);
}
