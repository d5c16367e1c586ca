namespace Portal.CallRouting.WhatIf.Models;

/// <summary>A centre in one half hour: agents on duty (from the profile), calls answered and occupancy (simulated).</summary>
public sealed record CentreSlotPrediction(int Slot, string Start, int Agents, Estimate Answered, Estimate? Occupancy);
