using Portal.CallRouting.Agreements;
using Portal.CallRouting.Live.Services;

namespace Portal.CallRouting.Live.Models;

/// <summary>
/// <c>GET /api/routing/state</c> and each message of the dashboard stream: the snapshot routing decisions use, with
/// names, queues and centres in the configuration's order (then any only events named). <see cref="LastEventAt"/> is
/// the latest time an applied event carried, which tells a reader how fresh the figures are. <see cref="Partners"/>:
/// calls partner forces overflow to this force per agreement, and their contingency plans in force.
/// </summary>
public sealed record LiveStateResponse(
    DateTimeOffset TakenAt,
    DateTimeOffset? LastEventAt,
    IReadOnlyList<QueueLiveResponse> Queues,
    IReadOnlyList<CentreLiveResponse> Centres)
{
    public PartnerActivity Partners { get; init; } = PartnerActivity.None;

    internal static LiveStateResponse From(LiveView view)
    {
        var configuration = view.Configuration;
        var queues = view.State.Queues
            .OrderBy(q => IndexOf(configuration.Queues.Select(c => c.Code), q.Key))
            .ThenBy(q => q.Key, StringComparer.Ordinal)
            .Select(q =>
            {
                var queue = configuration.Queue(q.Key);
                return new QueueLiveResponse(q.Key, queue?.Name ?? q.Key, queue?.Service, q.Value.Waiting, Math.Round(q.Value.OldestWaitSeconds, 1),
                    Math.Round(q.Value.AnsweredWithin10sShare, 4), q.Value.AbandonedLast15Minutes, q.Value.AvailableAgents);
            })
            .ToList();
        var centres = view.State.Centres
            .OrderBy(c => IndexOf(configuration.Centres.Select(x => x.Code), c.Key))
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new CentreLiveResponse(c.Key, configuration.Centre(c.Key)?.Name ?? c.Key, c.Value.ServiceState.ToString(),
                c.Value.Reason, c.Value.ChangedAt, c.Value.AvailableAgents))
            .ToList();
        return new LiveStateResponse(view.State.TakenAt, view.LastEventAt, queues, centres);
    }

    private static int IndexOf(IEnumerable<string> codes, string code)
    {
        var index = codes.TakeWhile(c => c != code).Count();
        return index;
    }
}
