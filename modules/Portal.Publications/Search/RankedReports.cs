using Portal.Publications.Reports.Models;

namespace Portal.Publications.Search;

/// <summary>One page of a search's answer, in order, and the number of matches in all.</summary>
public sealed record RankedReports(IReadOnlyList<PublishedReportSummary> Items, int Total)
{
    public static RankedReports None { get; } = new([], 0);
}
