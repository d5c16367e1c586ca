namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>A call in the simulation: drawn before the day starts (so every plan version sees the same calls), then routed.</summary>
internal sealed class SimulatedCall(long id, int dialledQueue, int slot, double arrival, double handling, double patience)
{
    public long Id { get; } = id;
    public int DialledQueue { get; } = dialledQueue;
    /// <summary>The half hour it arrived in: its outcome is counted there.</summary>
    public int Slot { get; } = slot;
    public double Arrival { get; } = arrival;
    public double Handling { get; } = handling;
    /// <summary>How long the caller will wait before hanging up; infinity without a patience model.</summary>
    public double Patience { get; } = patience;

    /// <summary>The queue the routing put it in (the dialled one unless it overflowed).</summary>
    public int Queue { get; set; } = dialledQueue;
    /// <summary>The centre it waits for when routed to one centre; -1 when it waits in its queue.</summary>
    public int Centre { get; set; } = -1;
    /// <summary>Its queue's priority (lower is answered first where lines compete for an agent).</summary>
    public int Priority { get; set; }
    public bool Waiting { get; set; }
}
