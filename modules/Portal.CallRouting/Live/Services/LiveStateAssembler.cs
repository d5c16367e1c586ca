using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Live.Services;

/// <summary>
/// Turns the stores' raw figures into the snapshot routing decisions read: per queue the waiting calls, oldest wait,
/// service level and abandoned calls, plus the agents free in its serving centres; per centre its service state and
/// agents. A pure function, so what the dashboard shows and what the evaluator sees cannot differ.
/// </summary>
internal static class LiveStateAssembler
{
    public static RoutingLiveState Assemble(LiveFigures figures, RoutingConfiguration configuration,
        IReadOnlyDictionary<string, CentreStatus> statuses, DateTimeOffset now)
    {
        var centres = new Dictionary<string, CentreLiveState>(StringComparer.Ordinal);
        foreach (var code in configuration.Centres.Select(c => c.Code).Concat(statuses.Keys).Concat(figures.Centres.Keys).Distinct(StringComparer.Ordinal))
        {
            var agents = figures.Centres.TryGetValue(code, out var reported) ? reported.Available : 0;
            centres[code] = statuses.TryGetValue(code, out var status)
                ? new CentreLiveState(status.State, agents, status.ChangedAt, status.Reason)
                : new CentreLiveState(CentreServiceState.Normal, agents, reported?.ReportedAt ?? now, null);
        }

        var queues = new Dictionary<string, QueueLiveState>(StringComparer.Ordinal);
        foreach (var code in configuration.Queues.Select(q => q.Code).Concat(figures.Queues.Keys).Distinct(StringComparer.Ordinal))
        {
            var raw = figures.Queues.GetValueOrDefault(code) ?? new QueueFigures(0, null, 0, 0, 0);
            queues[code] = new QueueLiveState(
                raw.Waiting,
                raw.OldestOfferedAt is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0,
                // No call answered in the window: nothing missed its target, so the level is met (1).
                raw.Answered == 0 ? 1 : Math.Min(1, (double)raw.AnsweredWithinServiceLevel / raw.Answered),
                raw.Abandoned,
                AvailableAgents(configuration.Queue(code), centres));
        }

        return new RoutingLiveState(queues, centres, now);
    }

    // A centre that is Down or Unstaffed answers nothing, whatever agents it last reported.
    private static int AvailableAgents(CallQueue? queue, IReadOnlyDictionary<string, CentreLiveState> centres) =>
        queue is null ? 0 : queue.ServingCentres
            .Select(s => centres.GetValueOrDefault(s.CentreCode))
            .Where(c => c is not null && c.ServiceState is not (CentreServiceState.Down or CentreServiceState.Unstaffed))
            .Sum(c => c!.AvailableAgents);
}
