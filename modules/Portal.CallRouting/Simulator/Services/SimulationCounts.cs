namespace Portal.CallRouting.Simulator.Services;

/// <summary>Calls the running simulation offered, answered and lost so far.</summary>
public sealed record SimulationCounts(long Offered, long Answered, long Abandoned);
