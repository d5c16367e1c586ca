namespace Portal.CallRouting.WhatIf.Models;

/// <summary>
/// A simulated figure over the replications: the mean and a 95 % confidence band for it (Student's t over the
/// replications' values). <see cref="Samples"/> is how many replications had a value (a half hour without calls has
/// no answered-within-10-s share).
/// </summary>
public sealed record Estimate(double Mean, double Low, double High, int Samples);
