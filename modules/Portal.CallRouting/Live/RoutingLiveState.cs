namespace Portal.CallRouting.Live;

/// <summary>
/// An immutable snapshot of the force's live state, keyed by queue and centre code. The evaluator reads only this, so
/// a decision is a pure function of (compiled plan, snapshot, call). A code missing here means "nothing known yet":
/// an idle queue, a centre in Normal service with no agent reported.
/// </summary>
public sealed record RoutingLiveState(
    IReadOnlyDictionary<string, QueueLiveState> Queues,
    IReadOnlyDictionary<string, CentreLiveState> Centres,
    DateTimeOffset TakenAt)
{
    public static RoutingLiveState Empty(DateTimeOffset at) =>
        new(new Dictionary<string, QueueLiveState>(), new Dictionary<string, CentreLiveState>(), at);

    /// <summary>
    /// Calls in progress at each partner force under each overflow agreement (by agreement id), so that a decision keeps
    /// within the agreement's maximum concurrent calls. A missing id means none.
    /// </summary>
    public IReadOnlyDictionary<string, int> CallsOverflowedByAgreement { get; init; } = new Dictionary<string, int>();

    public QueueLiveState Queue(string code) => Queues.TryGetValue(code, out var state) ? state : QueueLiveState.Idle;
}
