namespace Portal.CallRouting.WhatIf.Services;

/// <summary>What Erlang C predicts for one pool in one half hour.</summary>
/// <param name="Agents">Agents in the pool (N).</param>
/// <param name="TrafficErlangs">Offered load (A = calls × average handling time / interval).</param>
/// <param name="ProbabilityOfWaiting">Share of calls that wait at all (C).</param>
/// <param name="AnsweredWithinTargetShare">Share answered within the target: 1 − C·e^{−(N−A)·t/AHT}; 0 when unstable.</param>
/// <param name="AverageSpeedOfAnswerSeconds">Mean wait over all calls, C·AHT/(N−A); null when unstable (no finite mean).</param>
/// <param name="Stable">False when N ≤ A: the queue grows all the half hour long.</param>
public sealed record ErlangCResult(
    int Agents,
    double TrafficErlangs,
    double ProbabilityOfWaiting,
    double AnsweredWithinTargetShare,
    double? AverageSpeedOfAnswerSeconds,
    bool Stable);
