using Portal.CallRouting.Decisions.Compilation;
using Portal.CallRouting.Domain;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Live;

namespace Portal.CallRouting.Decisions.Evaluation;

/// <summary>
/// A live-state snapshot laid out by the compiled plan's indices, so the evaluator reads arrays rather than looking
/// codes up for every condition. Bound once per snapshot; a code the snapshot does not know reads as idle / Normal.
/// </summary>
public sealed class BoundLiveState
{
    /// <summary>How many figures <see cref="QueueFigures"/> holds per queue: one per <see cref="QueueMetric"/>.</summary>
    public const int FiguresPerQueue = 4;

    private BoundLiveState(QueueLiveState[] queues, double[] figures, CentreServiceState[] centres, int[] agreementCalls)
    {
        Queues = queues;
        QueueFigures = figures;
        CentreStates = centres;
        AgreementCalls = agreementCalls;
    }

    public QueueLiveState[] Queues { get; }

    /// <summary>
    /// Each queue's figures that queueMetric conditions compare, read out of <see cref="Queues"/> once per snapshot:
    /// index <c>queue * FiguresPerQueue + (int)metric</c> (<see cref="FigureIndex"/>), so a condition is one array read.
    /// </summary>
    public double[] QueueFigures { get; }

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

        var figures = new double[queues.Length * FiguresPerQueue];
        for (var i = 0; i < queues.Length; i++)
        {
            var queue = queues[i];
            figures[FigureIndex(i, QueueMetric.QueueLength)] = queue.Waiting;
            figures[FigureIndex(i, QueueMetric.OldestWaitSeconds)] = queue.OldestWaitSeconds;
            figures[FigureIndex(i, QueueMetric.AnsweredWithin10sShare)] = queue.AnsweredWithin10sShare;
            figures[FigureIndex(i, QueueMetric.AvailableAgents)] = queue.AvailableAgents;
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

        return new BoundLiveState(queues, figures, centres, calls);
    }

    /// <summary>Where <paramref name="metric"/> of queue <paramref name="queue"/> sits in <see cref="QueueFigures"/>.</summary>
    public static int FigureIndex(int queue, QueueMetric metric) => (queue * FiguresPerQueue) + (int)metric;
}
