namespace Portal.CallRouting.WhatIf.Models;

/// <summary>
/// One queue of a plan version through the day. <see cref="ErlangCNotApplicable"/> says why Erlang C was not
/// computed for it (its serving centres also answer other queues, or it has none); Erlang C never sees the plan's rules.
/// </summary>
public sealed record QueuePrediction(
    string Queue,
    string Name,
    string Service,
    string? ErlangCNotApplicable,
    QueueDayPrediction Day,
    IReadOnlyList<QueueSlotPrediction> Slots);
