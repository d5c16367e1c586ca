namespace Portal.CallRouting.WhatIf.Models;

/// <summary>A queue's whole day in the simulation, and how many half hours fall below the 999 target (999 queues only).</summary>
public sealed record QueueDayPrediction(
    Estimate Offered,
    Estimate? AnsweredWithin10sShare,
    Estimate? AverageWaitSeconds,
    Estimate Abandoned,
    int? HalfHoursBelowTarget);
