namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>A queue during the simulation: its line, everything of it still waiting, and its recent answers for live state.</summary>
internal sealed class SimulatedQueue(string code, string service, int priority, int[] servingCentres)
{
    /// <summary>The window the live state's answered-within-10-s share and abandoned count are taken over.</summary>
    public const double RecentWindowSeconds = 15 * 60;

    public string Code { get; } = code;
    public string Service { get; } = service;
    public int Priority { get; } = priority;
    /// <summary>Centre indices, preference 1 first.</summary>
    public int[] ServingCentres { get; } = servingCentres;
    /// <summary>Calls waiting for any of the serving centres.</summary>
    public SortedSet<SimulatedCall> Line { get; } = new(WaitingOrder.ByArrival);
    /// <summary>Every call of this queue still waiting, in its line or for one centre (length and oldest wait).</summary>
    public SortedSet<SimulatedCall> Waiting { get; } = new(WaitingOrder.ByArrival);
    public QueueSlotTally[] Tallies { get; } = NewTallies();

    private readonly Queue<(double At, bool WithinTarget)> _recentAnswers = new();
    private readonly Queue<double> _recentAbandons = new();
    private int _recentWithinTarget;

    public void RecordAnswer(double at, bool withinTarget)
    {
        _recentAnswers.Enqueue((at, withinTarget));
        _recentWithinTarget += withinTarget ? 1 : 0;
    }

    public void RecordAbandon(double at) => _recentAbandons.Enqueue(at);

    /// <summary>Share answered within the target over the last 15 minutes (1 when none was answered), and abandons.</summary>
    public (double Share, int Abandoned) Recent(double now)
    {
        var from = now - RecentWindowSeconds;
        while (_recentAnswers.TryPeek(out var answer) && answer.At < from)
        {
            _recentAnswers.Dequeue();
            _recentWithinTarget -= answer.WithinTarget ? 1 : 0;
        }

        while (_recentAbandons.TryPeek(out var abandon) && abandon < from)
        {
            _recentAbandons.Dequeue();
        }

        var share = _recentAnswers.Count == 0 ? 1.0 : (double)_recentWithinTarget / _recentAnswers.Count;
        return (share, _recentAbandons.Count);
    }

    private static QueueSlotTally[] NewTallies()
    {
        var tallies = new QueueSlotTally[Models.ArrivalProfile.SlotsPerDay];
        for (var i = 0; i < tallies.Length; i++)
        {
            tallies[i] = new QueueSlotTally();
        }

        return tallies;
    }
}
