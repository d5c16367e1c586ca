namespace Portal.CallRouting.Domain.Rules;

/// <summary>The live figures of a queue a rule can test (see <see cref="Live.QueueLiveState"/>).</summary>
public enum QueueMetric
{
    QueueLength,
    OldestWaitSeconds,
    AnsweredWithin10sShare,
    AvailableAgents,
}
