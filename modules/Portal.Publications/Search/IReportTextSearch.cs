namespace Portal.Publications.Search;

/// <summary>
/// Finds the public rows holding every word and passing the filters, best match first, one page at a time, inside the
/// database's own full-text engine. The text arrives already split into plain words by <see cref="SearchWords"/>; an
/// implementation passes them to its engine as data, never as query syntax.
/// </summary>
public interface IReportTextSearch
{
    /// <summary>
    /// One page of matches in rank order (higher relevance first; equal relevance newest decision
    /// first, then by reference, so the order is stable across pages) and how many rows match in all.
    /// </summary>
    Task<RankedReports> RankAsync(SearchFilters filters, IReadOnlyList<string> words, int skip, int take, CancellationToken cancellationToken);
}
