namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>One replication of a day: per queue and per centre (by code), 48 half-hour tallies.</summary>
public sealed record SimulatedDay(
    IReadOnlyDictionary<string, IReadOnlyList<QueueSlotTally>> Queues,
    IReadOnlyDictionary<string, IReadOnlyList<CentreSlotTally>> Centres);
