using Portal.CallRouting.WhatIf.Models;

namespace Portal.CallRouting.WhatIf.ViewModels;

/// <summary>The what-if page: the form, the versions to choose from and, once run, the comparison.</summary>
public sealed class WhatIfPageViewModel
{
    public required WhatIfForm Form { get; init; }
    public required IReadOnlyList<WhatIfPlanVersionSummary> Versions { get; init; }
    /// <summary>The built-in profile for the newest version, as CSV: a starting point to copy and edit.</summary>
    public string? TypicalCsv { get; init; }
    public WhatIfComparison? Result { get; init; }
}
