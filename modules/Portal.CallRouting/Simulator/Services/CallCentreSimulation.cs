using Portal.CallRouting.Domain;
using Portal.CallRouting.Simulator.Models;
using Portal.Contracts;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Simulator.Services;

/// <summary>
/// The simulated contact centres as a discrete-event model on a clock of its own: <see cref="AdvanceTo"/> plays every
/// arrival, answer, hang-up and end of call up to a time and returns the telephony events they produce, the same
/// contracts the real platform sends. Pure apart from its seeded random source, so it is tested on simulated hours
/// in milliseconds, and the real-time runner (<see cref="TrafficSimulator"/>) only decides when to advance it.
/// </summary>
internal sealed class CallCentreSimulation
{
    private readonly string _tenant;
    private readonly string _run;
    private readonly SimulationParameters _parameters;
    private readonly Random _random;
    private readonly PriorityQueue<Happening, (DateTimeOffset At, long Order)> _agenda = new();
    private readonly Dictionary<string, LinkedList<WaitingCall>> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkedListNode<WaitingCall>> _waitingById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _free = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _reportedFree = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _freeChangedAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _centresByQueue;
    private readonly Dictionary<string, string[]> _queuesByCentre;
    private long _order;
    private long _calls;

    public CallCentreSimulation(string tenant, string run, SimulationParameters parameters, RoutingConfiguration configuration, Random random, DateTimeOffset start)
    {
        _tenant = tenant;
        _run = run;
        _parameters = parameters;
        _random = random;
        Now = start;
        _centresByQueue = configuration.Queues.ToDictionary(q => q.Code,
            q => q.ServingCentres.OrderBy(s => s.Preference).Select(s => s.CentreCode).Where(parameters.AgentsPerCentre.ContainsKey).ToArray(), StringComparer.Ordinal);
        _queuesByCentre = parameters.AgentsPerCentre.Keys.ToDictionary(c => c,
            c => configuration.Queues.Where(q => q.ServingCentres.Any(s => s.CentreCode == c)).Select(q => q.Code).ToArray(), StringComparer.Ordinal);
        foreach (var (centre, agents) in parameters.AgentsPerCentre)
        {
            _free[centre] = agents;
        }

        foreach (var (queue, rate) in parameters.ArrivalsPerSecond)
        {
            _waiting[queue] = new LinkedList<WaitingCall>();
            if (rate > 0)
            {
                Schedule(Now + Exponential(1 / rate), new Happening.Arrival(queue));
            }
        }
    }

    public DateTimeOffset Now { get; private set; }

    public SimulationCounts Counts { get; private set; } = new(0, 0, 0);

    /// <summary>The events that open the run: every centre's agents, all free.</summary>
    public IReadOnlyList<IIntegrationEvent> Begin()
    {
        foreach (var (centre, free) in _free)
        {
            _reportedFree[centre] = free;
        }

        return _free.Select(f => (IIntegrationEvent)new AgentsAvailableChanged(_tenant, f.Key, f.Value, Now)).ToList();
    }

    /// <summary>Plays everything due up to <paramref name="until"/>, in time order.</summary>
    public IReadOnlyList<IIntegrationEvent> AdvanceTo(DateTimeOffset until)
    {
        var events = new List<IIntegrationEvent>();
        while (_agenda.TryPeek(out var next, out var when) && when.At <= until)
        {
            _agenda.Dequeue();
            Now = when.At;
            switch (next)
            {
                case Happening.Arrival arrival:
                    Arrive(arrival.Queue, events);
                    break;
                case Happening.HangUp hangUp:
                    HangUp(hangUp.CallId, events);
                    break;
                case Happening.CallEnds ends:
                    Free(ends.Centre, events);
                    break;
            }
        }

        Now = until > Now ? until : Now;
        ReportAgents(events);
        return events;
    }

    /// <summary>The simulation ends: callers still waiting hang up, so no simulated call is left in the live state.</summary>
    public IReadOnlyList<IIntegrationEvent> End()
    {
        var events = new List<IIntegrationEvent>();
        foreach (var id in _waitingById.Keys.ToList())
        {
            HangUp(id, events);
        }

        _agenda.Clear();
        events.AddRange(_free.Keys.Select(c => new AgentsAvailableChanged(_tenant, c, 0, Now)));
        return events;
    }

    private void Arrive(string queue, List<IIntegrationEvent> events)
    {
        Schedule(Now + Exponential(1 / _parameters.ArrivalsPerSecond[queue]), new Happening.Arrival(queue));
        var id = $"sim-{_run}-{++_calls}";
        Counts = Counts with { Offered = Counts.Offered + 1 };
        events.Add(new CallOffered(_tenant, id, queue, Now));
        var centre = _centresByQueue.GetValueOrDefault(queue)?.FirstOrDefault(c => _free[c] > 0);
        if (centre is not null)
        {
            Answer(id, queue, centre, Now, events);
            return;
        }

        var node = _waiting[queue].AddLast(new WaitingCall(id, queue, Now));
        _waitingById[id] = node;
        if (_parameters.MeanPatienceSeconds > 0)
        {
            Schedule(Now + Exponential(_parameters.MeanPatienceSeconds), new Happening.HangUp(id));
        }
    }

    private void HangUp(string callId, List<IIntegrationEvent> events)
    {
        // The call may have been answered meanwhile: then its hang-up is the end of a conversation, not an abandonment.
        if (!_waitingById.Remove(callId, out var node))
        {
            return;
        }

        node.List!.Remove(node);
        Counts = Counts with { Abandoned = Counts.Abandoned + 1 };
        events.Add(new CallAbandoned(_tenant, callId, node.Value.Queue, Now));
    }

    private void Free(string centre, List<IIntegrationEvent> events)
    {
        _free[centre]++;
        var longest = _queuesByCentre[centre]
            .Select(q => _waiting.GetValueOrDefault(q)?.First)
            .Where(n => n is not null)
            .MinBy(n => n!.Value.OfferedAt);
        if (longest is null)
        {
            _freeChangedAt[centre] = Now;
            return;
        }

        var call = longest.Value;
        longest.List!.Remove(longest);
        _waitingById.Remove(call.Id);
        Answer(call.Id, call.Queue, centre, call.OfferedAt, events);
    }

    private void Answer(string callId, string queue, string centre, DateTimeOffset offeredAt, List<IIntegrationEvent> events)
    {
        _free[centre]--;
        _freeChangedAt[centre] = Now;
        Counts = Counts with { Answered = Counts.Answered + 1 };
        events.Add(new CallAnswered(_tenant, callId, queue, centre, offeredAt, Now));
        Schedule(Now + Handling(), new Happening.CallEnds(centre));
    }

    // One report per centre per advance, only when its free agents differ from the last report: at 20 calls a second
    // an agents event per answer and per end of call would double the events on the bus for little news.
    private void ReportAgents(List<IIntegrationEvent> events)
    {
        foreach (var (centre, at) in _freeChangedAt)
        {
            if (_reportedFree.GetValueOrDefault(centre, -1) != _free[centre])
            {
                _reportedFree[centre] = _free[centre];
                events.Add(new AgentsAvailableChanged(_tenant, centre, _free[centre], at));
            }
        }

        _freeChangedAt.Clear();
    }

    private TimeSpan Handling()
    {
        var mean = _parameters.MeanHandlingSeconds;
        if (_parameters.Distribution == HandlingTimeDistribution.Exponential)
        {
            return Exponential(mean);
        }

        // A log-normal with the given mean: mu = ln(mean) - sigma^2 / 2.
        var sigma = _parameters.HandlingSpread;
        var mu = Math.Log(mean) - sigma * sigma / 2;
        return TimeSpan.FromSeconds(Math.Exp(mu + sigma * StandardNormal()));
    }

    private TimeSpan Exponential(double meanSeconds) => TimeSpan.FromSeconds(-meanSeconds * Math.Log(1 - _random.NextDouble()));

    // Box-Muller.
    private double StandardNormal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private void Schedule(DateTimeOffset at, Happening happening) => _agenda.Enqueue(happening, (at, ++_order));

    private sealed record WaitingCall(string Id, string Queue, DateTimeOffset OfferedAt);

    private abstract record Happening
    {
        public sealed record Arrival(string Queue) : Happening;

        public sealed record HangUp(string CallId) : Happening;

        public sealed record CallEnds(string Centre) : Happening;
    }
}
