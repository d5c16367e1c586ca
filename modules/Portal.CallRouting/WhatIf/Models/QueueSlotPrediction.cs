using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.WhatIf.Models;

/// <summary>
/// One queue in one half hour: the profile's figures, Erlang C's prediction (null where it does not apply, see
/// <see cref="QueuePrediction.ErlangCNotApplicable"/>) and the simulation's.
/// </summary>
public sealed record QueueSlotPrediction(
    int Slot,
    string Start,
    double Calls,
    double AverageHandlingSeconds,
    int Agents,
    ErlangCResult? ErlangC,
    SimulatedQueueSlot Simulated);
