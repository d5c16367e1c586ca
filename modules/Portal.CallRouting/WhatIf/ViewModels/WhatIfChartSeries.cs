namespace Portal.CallRouting.WhatIf.ViewModels;

/// <summary>One line of a queue's chart: percent answered within 10 s per half hour (null where there were no calls).</summary>
public sealed record WhatIfChartSeries(string Label, bool Dashed, IReadOnlyList<double?> Values);
