namespace Portal.Publications.Reports.Models;

/// <summary>One page of public search results, newest decision first (or best match first when there is text).</summary>
public sealed record PublishedReportPage(IReadOnlyList<PublishedReportSummary> Items, int Total, int Page, int PageSize)
{
    public int TotalPages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
