namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>What one centre did in one half hour of one replication.</summary>
public sealed class CentreSlotTally
{
    public int Answered { get; internal set; }
    public double BusyAgentSeconds { get; internal set; }
    public double OnDutyAgentSeconds { get; internal set; }

    /// <summary>Share of on-duty agent time spent on calls; null when nobody was on duty.</summary>
    public double? Occupancy => OnDutyAgentSeconds > 0 ? Math.Min(1, BusyAgentSeconds / OnDutyAgentSeconds) : null;
}
