using Portal.Publications.Reports.Data;

namespace Portal.Publications.Search;

/// <summary>
/// Narrows the public rows to those matching free text, inside the database query (so filters and paging stay there
/// too). The text is split into plain words here; no character of it ever reaches a query language.
/// </summary>
public interface IReportTextSearch
{
    IQueryable<PublicReportEntry> Match(IQueryable<PublicReportEntry> entries, IReadOnlyList<string> words);
}
