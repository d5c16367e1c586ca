using Portal.CallRouting.Domain;
using Portal.CallRouting.Live;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Routing;

namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>
/// A discrete-event simulation of one day of calls through a routing function. Calls arrive as a Poisson process whose
/// rate is constant within each half hour, need an exponentially distributed handling time (the half hour's average),
/// and, with a patience model, hang up after an exponentially distributed wait. Each arrival is routed with the live
/// state the simulation has at that moment, so rules on queue length, oldest wait, answered-within-10-s share and
/// free agents act as they would on the day. A queue's calls are answered by its serving centres, preference 1 first
/// when several have a free agent; a free agent takes the waiting call of the highest-priority queue it serves
/// (lowest number), oldest first. A centre with no agent on duty is reported Unstaffed to the routing.
/// When staff go off duty, busy agents finish their call first. After midnight the last half hour's staff stay on
/// for up to <see cref="OverrunSeconds"/> to answer who is still waiting; anyone left is counted unanswered.
/// </summary>
public sealed class DaySimulator
{
    /// <summary>A call answered after waiting at most this long counts as answered within the target.</summary>
    public const double TargetSeconds = 10;

    /// <summary>How long after midnight the simulation runs on to clear the queues.</summary>
    public const double OverrunSeconds = 4 * 3600;

    private const double DayEnd = ArrivalProfile.SlotsPerDay * (double)ArrivalProfile.SlotSeconds;

    private readonly SimulationInput _input;
    private readonly SimulatedQueue[] _queues;
    private readonly SimulatedCentre[] _centres;
    private readonly Dictionary<string, int> _queueIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _centreIndex = new(StringComparer.Ordinal);
    private readonly int[][] _agents;
    private readonly int[] _queuesByPriority;
    private readonly PriorityQueue<SimulationEvent, (double At, long Sequence)> _events = new();
    private long _sequence;

    private DaySimulator(SimulationInput input)
    {
        _input = input;
        var configuration = input.Configuration;
        _centres = configuration.Centres.Select(c => new SimulatedCentre(c.Code)).ToArray();
        for (var i = 0; i < _centres.Length; i++)
        {
            _centreIndex[_centres[i].Code] = i;
        }

        _queues = new SimulatedQueue[configuration.Queues.Count];
        for (var q = 0; q < _queues.Length; q++)
        {
            var queue = configuration.Queues[q];
            var serving = queue.ServingCentres
                .OrderBy(s => s.Preference)
                .Select(s => _centreIndex.TryGetValue(s.CentreCode, out var c) ? c : -1)
                .Where(c => c >= 0)
                .Distinct()
                .ToArray();
            _queues[q] = new SimulatedQueue(queue.Code, queue.Service, queue.Priority, serving);
            _queueIndex[queue.Code] = q;
            foreach (var c in serving)
            {
                _centres[c].ServedQueues.Add(q);
            }
        }

        _queuesByPriority = Enumerable.Range(0, _queues.Length).OrderBy(q => _queues[q].Priority).ThenBy(q => q).ToArray();
        _agents = StaffingBySlot(input.Profile);
    }

    /// <summary>Simulates replication <paramref name="replication"/> of the day (the same input and number, the same day).</summary>
    public static SimulatedDay Run(SimulationInput input, int replication)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        var simulator = new DaySimulator(input);
        return simulator.Simulate(replication);
    }

    private SimulatedDay Simulate(int replication)
    {
        // Staffing changes first at a half-hour boundary, so a call arriving on the dot meets the new shift.
        for (var slot = 0; slot < ArrivalProfile.SlotsPerDay; slot++)
        {
            Schedule(slot * (double)ArrivalProfile.SlotSeconds, new SimulationEvent(SimulationEventKind.SlotStarts, null, -1, slot));
        }

        DrawArrivals(replication);

        var now = 0.0;
        while (_events.TryDequeue(out var next, out var key))
        {
            if (key.At > DayEnd + OverrunSeconds)
            {
                break;
            }

            now = key.At;
            switch (next.Kind)
            {
                case SimulationEventKind.SlotStarts:
                    StartSlot(next.Slot, now);
                    break;
                case SimulationEventKind.Arrival:
                    Arrive(next.Call!, now);
                    break;
                case SimulationEventKind.Completion:
                    Complete(next.Centre, now);
                    break;
                case SimulationEventKind.Abandon:
                    Abandon(next.Call!, now);
                    break;
            }
        }

        foreach (var queue in _queues)
        {
            foreach (var call in queue.Waiting)
            {
                _queues[call.DialledQueue].Tallies[call.Slot].Unanswered++;
            }
        }

        foreach (var centre in _centres)
        {
            centre.AccountUntil(Math.Max(now, DayEnd));
        }

        return new SimulatedDay(
            _queues.ToDictionary(q => q.Code, q => (IReadOnlyList<QueueSlotTally>)q.Tallies, StringComparer.Ordinal),
            _centres.ToDictionary(c => c.Code, c => (IReadOnlyList<CentreSlotTally>)c.Tallies, StringComparer.Ordinal));
    }

    private void DrawArrivals(int replication)
    {
        var patience = (_input.Profile.Patience ?? [])
            .Where(p => p.Queue is not null)
            .ToDictionary(p => p.Queue!, p => p.AverageSeconds, StringComparer.Ordinal);
        var slots = _input.Profile.Slots ?? [];
        long id = 0;
        for (var q = 0; q < _queues.Length; q++)
        {
            var code = _queues[q].Code;
            var random = SimulationRandom.For(_input.Seed, replication, "arrivals:" + code);
            var meanPatience = patience.GetValueOrDefault(code);
            for (var slot = 0; slot < slots.Count && slot < ArrivalProfile.SlotsPerDay; slot++)
            {
                var arrivals = slots[slot].Queues?.FirstOrDefault(a => a.Queue == code);
                if (arrivals is null || arrivals.Calls <= 0)
                {
                    continue;
                }

                var start = slot * (double)ArrivalProfile.SlotSeconds;
                var end = start + ArrivalProfile.SlotSeconds;
                var meanGap = ArrivalProfile.SlotSeconds / arrivals.Calls;
                var at = start + random.NextExponential(meanGap);
                while (at < end)
                {
                    var handling = random.NextExponential(arrivals.AverageHandlingSeconds);
                    var waitLimit = meanPatience > 0 ? random.NextExponential(meanPatience) : double.PositiveInfinity;
                    var call = new SimulatedCall(id++, q, slot, at, handling, waitLimit);
                    Schedule(at, new SimulationEvent(SimulationEventKind.Arrival, call, -1, slot));
                    at += random.NextExponential(meanGap);
                }
            }
        }
    }

    private void StartSlot(int slot, double now)
    {
        for (var c = 0; c < _centres.Length; c++)
        {
            _centres[c].AccountUntil(now);
            _centres[c].OnDuty = _agents[slot][c];
        }

        // New agents drain the queues by priority, each queue's preferred centre first, then the calls sent to a
        // centre by name.
        foreach (var q in _queuesByPriority)
        {
            var queue = _queues[q];
            while (queue.Line.Count > 0 && FirstFreeCentre(queue) is var c && c >= 0)
            {
                var call = queue.Line.Min!;
                StopWaiting(call);
                Answer(call, c, now);
            }
        }

        for (var c = 0; c < _centres.Length; c++)
        {
            Dispatch(c, now);
        }
    }

    private void Arrive(SimulatedCall call, double now)
    {
        var dialled = _queues[call.DialledQueue];
        var tally = dialled.Tallies[call.Slot];
        tally.Offered++;

        var route = _input.Router.Route(new WhatIfCall(dialled.Code, dialled.Service, _input.DayStart.AddSeconds(now)), Snapshot(now));
        if (!_queueIndex.TryGetValue(route.QueueCode, out var target))
        {
            throw new InvalidOperationException($"The routing sent a call of queue '{dialled.Code}' to queue '{route.QueueCode}', which is not in the configuration.");
        }

        if (target != call.DialledQueue)
        {
            tally.OverflowedOut++;
            _queues[target].Tallies[call.Slot].OverflowedIn++;
        }

        switch (route.Kind)
        {
            case WhatIfRouteKind.Partner:
                tally.ToPartner++;
                return;
            case WhatIfRouteKind.Announcement:
                tally.EndedWithAnnouncement++;
                return;
        }

        var queue = _queues[target];
        call.Queue = target;
        call.Priority = queue.Priority;
        if (route.Kind == WhatIfRouteKind.Centre)
        {
            if (route.CentreCode is null || !_centreIndex.TryGetValue(route.CentreCode, out var centre))
            {
                throw new InvalidOperationException($"The routing sent a call of queue '{dialled.Code}' to centre '{route.CentreCode}', which is not in the configuration.");
            }

            call.Centre = centre;
            if (_centres[centre].Free > 0)
            {
                Answer(call, centre, now);
                return;
            }

            _centres[centre].DirectLine.Add(call);
        }
        else
        {
            var free = FirstFreeCentre(queue);
            if (free >= 0)
            {
                Answer(call, free, now);
                return;
            }

            queue.Line.Add(call);
        }

        call.Waiting = true;
        queue.Waiting.Add(call);
        if (!double.IsPositiveInfinity(call.Patience))
        {
            Schedule(now + call.Patience, new SimulationEvent(SimulationEventKind.Abandon, call, -1, call.Slot));
        }
    }

    private void Complete(int centre, double now)
    {
        _centres[centre].AccountUntil(now);
        _centres[centre].Busy--;
        Dispatch(centre, now);
    }

    private void Abandon(SimulatedCall call, double now)
    {
        if (!call.Waiting)
        {
            return;
        }

        StopWaiting(call);
        _queues[call.DialledQueue].Tallies[call.Slot].Abandoned++;
        _queues[call.Queue].RecordAbandon(now);
    }

    /// <summary>While the centre has a free agent and a call waits for it, the agent takes the most urgent one.</summary>
    private void Dispatch(int centre, double now)
    {
        var c = _centres[centre];
        while (c.Free > 0 && NextFor(c) is { } call)
        {
            StopWaiting(call);
            Answer(call, centre, now);
        }
    }

    private SimulatedCall? NextFor(SimulatedCentre centre)
    {
        var best = centre.DirectLine.Count > 0 ? centre.DirectLine.Min : null;
        foreach (var q in centre.ServedQueues)
        {
            var line = _queues[q].Line;
            if (line.Count > 0 && (best is null || WaitingOrder.ByPriority.Compare(line.Min, best) < 0))
            {
                best = line.Min;
            }
        }

        return best;
    }

    private int FirstFreeCentre(SimulatedQueue queue)
    {
        foreach (var c in queue.ServingCentres)
        {
            if (_centres[c].Free > 0)
            {
                return c;
            }
        }

        return -1;
    }

    private void StopWaiting(SimulatedCall call)
    {
        call.Waiting = false;
        if (call.Centre >= 0)
        {
            _centres[call.Centre].DirectLine.Remove(call);
        }
        else
        {
            _queues[call.Queue].Line.Remove(call);
        }

        _queues[call.Queue].Waiting.Remove(call);
    }

    private void Answer(SimulatedCall call, int centre, double now)
    {
        var c = _centres[centre];
        c.AccountUntil(now);
        c.Busy++;
        c.Tallies[Math.Min(ArrivalProfile.SlotsPerDay - 1, (int)(now / ArrivalProfile.SlotSeconds))].Answered++;

        var wait = now - call.Arrival;
        var withinTarget = wait <= TargetSeconds;
        var tally = _queues[call.DialledQueue].Tallies[call.Slot];
        tally.Answered++;
        tally.TotalWaitSeconds += wait;
        tally.AnsweredWithinTarget += withinTarget ? 1 : 0;
        _queues[call.Queue].RecordAnswer(now, withinTarget);

        Schedule(now + call.Handling, new SimulationEvent(SimulationEventKind.Completion, null, centre, call.Slot));
    }

    /// <summary>The live state the routing sees at <paramref name="now"/>, in the shape the real evaluator reads.</summary>
    private RoutingLiveState Snapshot(double now)
    {
        var at = _input.DayStart.AddSeconds(now);
        var centres = new Dictionary<string, CentreLiveState>(_centres.Length, StringComparer.Ordinal);
        foreach (var c in _centres)
        {
            centres[c.Code] = new CentreLiveState(c.OnDuty == 0 ? CentreServiceState.Unstaffed : CentreServiceState.Normal, c.Free, _input.DayStart, null);
        }

        var queues = new Dictionary<string, QueueLiveState>(_queues.Length, StringComparer.Ordinal);
        foreach (var q in _queues)
        {
            var (share, abandoned) = q.Recent(now);
            var oldest = q.Waiting.Count > 0 ? now - q.Waiting.Min!.Arrival : 0;
            var available = 0;
            foreach (var c in q.ServingCentres)
            {
                available += _centres[c].Free;
            }

            queues[q.Code] = new QueueLiveState(q.Waiting.Count, oldest, share, abandoned, available);
        }

        return new RoutingLiveState(queues, centres, at);
    }

    private void Schedule(double at, SimulationEvent simulationEvent) => _events.Enqueue(simulationEvent, (at, _sequence++));

    private int[][] StaffingBySlot(ArrivalProfile profile)
    {
        var slots = profile.Slots ?? [];
        var agents = new int[ArrivalProfile.SlotsPerDay][];
        for (var slot = 0; slot < agents.Length; slot++)
        {
            agents[slot] = new int[_centres.Length];
            foreach (var staffing in slot < slots.Count ? slots[slot].Centres ?? [] : [])
            {
                if (staffing.Centre is not null && _centreIndex.TryGetValue(staffing.Centre, out var c))
                {
                    agents[slot][c] = Math.Max(0, staffing.Agents);
                }
            }
        }

        return agents;
    }
}
