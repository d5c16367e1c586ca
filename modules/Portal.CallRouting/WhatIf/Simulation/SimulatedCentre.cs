using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>A centre during the simulation: agents on duty and busy, calls routed to it by name, and its time sheets.</summary>
internal sealed class SimulatedCentre(string code)
{
    public string Code { get; } = code;
    public int OnDuty { get; set; }
    /// <summary>May exceed <see cref="OnDuty"/> for a while: an agent whose shift ends finishes the call first.</summary>
    public int Busy { get; set; }
    public int Free => Math.Max(0, OnDuty - Busy);
    /// <summary>Queue indices of the queues this centre serves.</summary>
    public List<int> ServedQueues { get; } = [];
    /// <summary>Calls routed to this centre by name, queue priority first.</summary>
    public SortedSet<SimulatedCall> DirectLine { get; } = new(WaitingOrder.ByPriority);
    public CentreSlotTally[] Tallies { get; } = NewTallies();

    private double _accountedUntil;

    /// <summary>Books on-duty and busy agent time up to <paramref name="now"/>, half hour by half hour, within the day.</summary>
    public void AccountUntil(double now)
    {
        const double dayEnd = ArrivalProfile.SlotsPerDay * (double)ArrivalProfile.SlotSeconds;
        var from = _accountedUntil;
        var to = Math.Min(now, dayEnd);
        while (from < to)
        {
            var slot = (int)(from / ArrivalProfile.SlotSeconds);
            var end = Math.Min(to, (slot + 1) * (double)ArrivalProfile.SlotSeconds);
            Tallies[slot].BusyAgentSeconds += Busy * (end - from);
            Tallies[slot].OnDutyAgentSeconds += OnDuty * (end - from);
            from = end;
        }

        _accountedUntil = Math.Max(_accountedUntil, now);
    }

    private static CentreSlotTally[] NewTallies()
    {
        var tallies = new CentreSlotTally[ArrivalProfile.SlotsPerDay];
        for (var i = 0; i < tallies.Length; i++)
        {
            tallies[i] = new CentreSlotTally();
        }

        return tallies;
    }
}
