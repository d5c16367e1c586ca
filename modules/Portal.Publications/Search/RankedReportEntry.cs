using Portal.Publications.Reports.Data;

namespace Portal.Publications.Search;

/// <summary>
/// A public row that matched a search, with its relevance (higher is better; only comparable within one search).
/// A class with settable properties rather than a record, because EF Core can translate member access on a
/// member-initialised projection but not on a constructor call.
/// </summary>
public sealed class RankedReportEntry
{
    public PublicReportEntry Entry { get; set; } = null!;

    public double Score { get; set; }
}
