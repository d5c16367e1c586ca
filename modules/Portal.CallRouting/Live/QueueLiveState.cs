namespace Portal.CallRouting.Live;

/// <summary>One queue as it stands now: what the policy rules' queue conditions are evaluated against.</summary>
/// <param name="Waiting">Calls waiting to be answered.</param>
/// <param name="OldestWaitSeconds">How long the oldest waiting call has waited (0 when none waits).</param>
/// <param name="AnsweredWithin10sShare">Share (0..1) of the calls answered in the last 15 minutes that were answered
/// within 10 seconds; 1 when none was answered.</param>
/// <param name="AbandonedLast15Minutes">Calls the caller gave up on in the last 15 minutes.</param>
/// <param name="AvailableAgents">Agents free to answer this queue across its serving centres.</param>
public sealed record QueueLiveState(
    int Waiting,
    double OldestWaitSeconds,
    double AnsweredWithin10sShare,
    int AbandonedLast15Minutes,
    int AvailableAgents)
{
    public static QueueLiveState Idle { get; } = new(0, 0, 1, 0, 0);
}
