namespace Portal.Publications.Reports.Models;

/// <summary>
/// A public search: free text (matched as words, never as query syntax), filters and a page. Values out of range are
/// clamped rather than refused, so any link a person can type gives a result page.
/// </summary>
public sealed record PublishedReportQuery(string? Text = null, int? Year = null, string? DecisionMaker = null, string? Tag = null, int Page = 1, int PageSize = PublishedReportQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Longer text is cut here: a search needs no more, and the index is not asked to digest a novel.</summary>
    public const int MaxTextLength = 200;

    public int SafePage => Math.Max(1, Page);

    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
}
