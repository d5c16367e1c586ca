namespace Portal.CallRouting.WhatIf.Models;

/// <summary>
/// The answer of <c>POST /api/routing/what-if</c>: each version's prediction for the same day, side by side.
/// <see cref="Routing"/> says how the simulation routed calls; <see cref="TargetShare"/> within
/// <see cref="TargetSeconds"/> is the 999 standard every 999 queue's figures are held against.
/// </summary>
public sealed record WhatIfComparison(
    DateOnly Date,
    string Profile,
    int Replications,
    int Seed,
    double TargetSeconds,
    double TargetShare,
    string Routing,
    IReadOnlyList<PlanPrediction> Plans);
