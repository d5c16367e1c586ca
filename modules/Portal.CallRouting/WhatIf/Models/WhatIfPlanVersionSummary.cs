namespace Portal.CallRouting.WhatIf.Models;

/// <summary>A plan version offered for comparison: its number and how it is shown ("Version 4, published 2 Dec 2026").</summary>
public sealed record WhatIfPlanVersionSummary(int Version, string Label);
