namespace Portal.CallRouting.Live.Services;

/// <summary>
/// The live figures in this process (the embedded default, one node). The same rules as the Redis store: calls keyed by
/// id (a redelivery changes nothing), finished calls remembered for <see cref="LiveWindow.FinishedCallMemory"/>, an
/// older agents report never replacing a newer one. One lock: every operation is a few dictionary steps.
/// </summary>
internal sealed class InProcessLiveStateStore : ILiveStateStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, QueueCalls> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CentreAgents> _centres = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _finished = new(StringComparer.Ordinal);
    private DateTimeOffset? _lastEventAt;
    private int _finishedSinceSweep;

    public Task OfferAsync(string queueCode, string callId, DateTimeOffset offeredAt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var queue = Queue(queueCode);
            if (!_finished.ContainsKey(callId))
            {
                queue.Waiting.TryAdd(callId, offeredAt);
            }

            Seen(offeredAt);
        }

        return Task.CompletedTask;
    }

    public Task AnswerAsync(string queueCode, string callId, DateTimeOffset answeredAt, bool withinServiceLevel, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var queue = Finish(queueCode, callId, answeredAt);
            queue.Answered[callId] = answeredAt;
            if (withinServiceLevel)
            {
                queue.AnsweredWithinServiceLevel[callId] = answeredAt;
            }
        }

        return Task.CompletedTask;
    }

    public Task AbandonAsync(string queueCode, string callId, DateTimeOffset abandonedAt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Finish(queueCode, callId, abandonedAt).Abandoned[callId] = abandonedAt;
        }

        return Task.CompletedTask;
    }

    public Task SetAgentsAsync(string centreCode, int available, DateTimeOffset reportedAt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_centres.TryGetValue(centreCode, out var known) || known.ReportedAt <= reportedAt)
            {
                _centres[centreCode] = new CentreAgents(available, reportedAt);
            }

            Seen(reportedAt);
        }

        return Task.CompletedTask;
    }

    public Task<LiveFigures> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Sweep(now);
            var queues = new Dictionary<string, QueueFigures>(StringComparer.Ordinal);
            foreach (var (code, calls) in _queues)
            {
                DateTimeOffset? oldest = calls.Waiting.Count == 0 ? null : calls.Waiting.Values.Min();
                queues[code] = new QueueFigures(calls.Waiting.Count, oldest, calls.Answered.Count, calls.AnsweredWithinServiceLevel.Count, calls.Abandoned.Count);
            }

            return Task.FromResult(new LiveFigures(queues, new Dictionary<string, CentreAgents>(_centres, StringComparer.Ordinal), _lastEventAt));
        }
    }

    private QueueCalls Finish(string queueCode, string callId, DateTimeOffset at)
    {
        var queue = Queue(queueCode);
        queue.Waiting.Remove(callId);
        _finished[callId] = at;
        Seen(at);
        // Without readers nothing would ever be forgotten: sweep now and then on writes too.
        if (++_finishedSinceSweep >= 4096)
        {
            Sweep(at);
        }

        return queue;
    }

    private void Sweep(DateTimeOffset now)
    {
        _finishedSinceSweep = 0;
        var from = now - LiveWindow.Figures;
        Forget(_finished, now - LiveWindow.FinishedCallMemory);
        foreach (var calls in _queues.Values)
        {
            Forget(calls.Answered, from);
            Forget(calls.AnsweredWithinServiceLevel, from);
            Forget(calls.Abandoned, from);
        }
    }

    private QueueCalls Queue(string code)
    {
        if (!_queues.TryGetValue(code, out var queue))
        {
            _queues[code] = queue = new QueueCalls();
        }

        return queue;
    }

    private void Seen(DateTimeOffset at)
    {
        if (_lastEventAt is null || at > _lastEventAt)
        {
            _lastEventAt = at;
        }
    }

    // Like ZREMRANGEBYSCORE -inf (before: entries strictly older than the window's start go.
    private static void Forget(Dictionary<string, DateTimeOffset> entries, DateTimeOffset before)
    {
        foreach (var (id, at) in entries)
        {
            if (at < before)
            {
                entries.Remove(id);
            }
        }
    }

    private sealed class QueueCalls
    {
        public Dictionary<string, DateTimeOffset> Waiting { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, DateTimeOffset> Answered { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, DateTimeOffset> AnsweredWithinServiceLevel { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, DateTimeOffset> Abandoned { get; } = new(StringComparer.Ordinal);
    }
}
