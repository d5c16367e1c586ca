namespace Portal.CallRouting.WhatIf.Models;

/// <summary>What one plan version does with the day.</summary>
public sealed record PlanPrediction(int Version, string Label, IReadOnlyList<QueuePrediction> Queues, IReadOnlyList<CentrePrediction> Centres);
