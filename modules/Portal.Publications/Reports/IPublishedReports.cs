using Portal.Publications.Reports.Models;

namespace Portal.Publications.Reports;

/// <summary>
/// Everything the public side reads, and the only way it reads reports: published versions only, Part 1 and the
/// exemption statements of Part 2, never a Part 2 body (the types returned have no field for one). Anonymous code
/// may call it; nothing here depends on who asks.
/// </summary>
public interface IPublishedReports
{
    /// <summary>Published and withdrawn reports matching the query. The text is matched as plain words: any string gives a result.</summary>
    Task<PublishedReportPage> SearchAsync(PublishedReportQuery query, CancellationToken cancellationToken = default);

    /// <summary>The report's latest published version (or its withdrawal notice); null when no version of it was ever published.</summary>
    Task<PublishedReport?> GetAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="count"/> reports by their last publication or withdrawal, for the feed.</summary>
    Task<IReadOnlyList<PublishedFeedEntry>> GetFeedAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>The years, decision makers and tags the public filters offer.</summary>
    Task<PublishedReportFilters> GetFiltersAsync(CancellationToken cancellationToken = default);
}
