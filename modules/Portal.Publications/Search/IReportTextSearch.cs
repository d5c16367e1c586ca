using Portal.Publications.Reports.Data;

namespace Portal.Publications.Search;

/// <summary>
/// Narrows the public rows to those matching free text and scores each match, inside the database query (so filters,
/// ordering by relevance and paging stay there too). The text arrives already split into plain words by
/// <see cref="SearchWords"/>; an implementation passes them to its engine as data, never as query syntax.
/// </summary>
public interface IReportTextSearch
{
    /// <summary>The rows of <paramref name="entries"/> holding every word, with a score: higher is more relevant.</summary>
    IQueryable<RankedReportEntry> Match(IQueryable<PublicReportEntry> entries, IReadOnlyList<string> words);
}
