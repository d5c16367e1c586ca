namespace Portal.CallRouting.WhatIf.ViewModels;

/// <summary>One queue's chart: half-hour labels and the lines to draw (<see cref="Emergency"/>: draw the 999 target).</summary>
public sealed record WhatIfChartQueue(int Index, string Code, string Name, bool Emergency, IReadOnlyList<string> Labels, IReadOnlyList<WhatIfChartSeries> Series);
