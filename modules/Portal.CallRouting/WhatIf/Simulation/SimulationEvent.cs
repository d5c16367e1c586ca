namespace Portal.CallRouting.WhatIf.Simulation;

/// <summary>Something that happens at a moment of the simulated day.</summary>
internal readonly record struct SimulationEvent(SimulationEventKind Kind, SimulatedCall? Call, int Centre, int Slot);
