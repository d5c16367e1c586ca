namespace Portal.CallRouting.Live.Services;

/// <summary>Everything a live-state store holds for the tenant, read at one moment.</summary>
/// <param name="LastEventAt">The latest time any applied event carried; null before the first one.</param>
internal sealed record LiveFigures(
    IReadOnlyDictionary<string, QueueFigures> Queues,
    IReadOnlyDictionary<string, CentreAgents> Centres,
    DateTimeOffset? LastEventAt)
{
    public static LiveFigures Empty { get; } = new(new Dictionary<string, QueueFigures>(), new Dictionary<string, CentreAgents>(), null);
}
