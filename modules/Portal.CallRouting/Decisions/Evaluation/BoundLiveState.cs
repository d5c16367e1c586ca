using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Live;

namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// A live-state snapshot laid out by the compiled plan's indices, so the evaluator reads arrays rather than looking
/// codes up for every condition. Bound once per snapshot; a code the snapshot does not know reads as idle / Normal.
/// </summary>
public sealed class BoundLiveState
{
    private BoundLiveState(QueueLiveState[] queues, CentreServiceState[] centres, int[] agreementCalls)
    {
        Queues = queues;
        CentreStates = centres;
        AgreementCalls = agreementCalls;
    }

    public QueueLiveState[] Queues { get; }

    public CentreServiceState[] CentreStates { get; }

    /// <summary>Calls in progress under each agreement, by the plan's agreement index.</summary>
    public int[] AgreementCalls { get; }

    public static BoundLiveState Bind(CompiledRoutingPlan plan, RoutingLiveState state)
    {
        var queues = new QueueLiveState[plan.Queues.Length];
        for (var i = 0; i < queues.Length; i++)
        {
            queues[i] = state.Queue(plan.Queues[i].Code);
        }

        var centres = new CentreServiceState[plan.Centres.Length];
        for (var i = 0; i < centres.Length; i++)
        {
            centres[i] = state.Centres.TryGetValue(plan.Centres[i].Code, out var centre) ? centre.ServiceState : CentreServiceState.Normal;
        }

        var calls = new int[plan.AgreementIds.Length];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = state.CallsOverflowedByAgreement.TryGetValue(plan.AgreementIds[i], out var n) ? n : 0;
        }

        return new BoundLiveState(queues, centres, calls);
    }
}
