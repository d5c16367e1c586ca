namespace Portal.CallRouting.WhatIf.Models;

/// <summary>One centre of a plan version through the day.</summary>
public sealed record CentrePrediction(string Centre, string Name, IReadOnlyList<CentreSlotPrediction> Slots);
