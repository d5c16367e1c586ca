using Portal.CallRouting.Domain;
using Portal.CallRouting.Live;

namespace Portal.CallRouting.Tests.Support.Decisions;

/// <summary>Live-state snapshots for the evaluator tests.</summary>
public static class LiveStates
{
    public static RoutingLiveState Idle => RoutingLiveState.Empty(DecisionPlanBuilder.InOfficeHours);

    public static RoutingLiveState With(
        IReadOnlyDictionary<string, QueueLiveState>? queues = null,
        IReadOnlyDictionary<string, CentreServiceState>? centres = null,
        IReadOnlyDictionary<string, int>? agreementCalls = null) =>
        new(queues ?? new Dictionary<string, QueueLiveState>(),
            (centres ?? new Dictionary<string, CentreServiceState>()).ToDictionary(
                c => c.Key, c => new CentreLiveState(c.Value, 3, DecisionPlanBuilder.InOfficeHours, "test")),
            DecisionPlanBuilder.InOfficeHours)
        {
            CallsOverflowedByAgreement = agreementCalls ?? new Dictionary<string, int>(),
        };

    public static RoutingLiveState Centres(params (string Code, CentreServiceState State)[] states) =>
        With(centres: states.ToDictionary(s => s.Code, s => s.State));
}
