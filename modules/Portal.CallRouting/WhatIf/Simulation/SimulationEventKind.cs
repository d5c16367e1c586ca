namespace Portal.CallRouting.WhatIf.Simulation;

internal enum SimulationEventKind
{
    /// <summary>A new half hour: staffing changes.</summary>
    SlotStarts,
    Arrival,
    /// <summary>An agent of a centre finishes a call.</summary>
    Completion,
    /// <summary>A waiting caller's patience runs out.</summary>
    Abandon,
}
