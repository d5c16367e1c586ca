using Portal.Publications.Reports.Data;

namespace Portal.Publications.Search;

/// <summary>
/// PostgreSQL full-text search (english configuration) over two generated columns of "PublicReports" (migration
/// SlimPublicReportsSearch): "SearchLexemes" (the public text's words, GIN-indexed) is what matches, "RankVector" (the
/// title weighted A, the summary B) what ranks, with ts_rank normalised by length. The words go through
/// plainto_tsquery, which reads its input as plain words joined by AND: websearch_to_tsquery would give "or" and "-"
/// a meaning, and the public must not be able to write query syntax.
/// </summary>
internal sealed class PostgresFullTextSearch(PublicationsDbContext db) : IReportTextSearch
{
    public Task<RankedReports> RankAsync(SearchFilters filters, IReadOnlyList<string> words, int skip, int take, CancellationToken cancellationToken)
    {
        var sql = new RankedSearchSql();
        var from = $"""
            FROM "PublicReports" AS p, plainto_tsquery('english'::regconfig, {sql.Value(string.Join(' ', words))}) AS q
            WHERE p."SearchLexemes" @@ q AND {sql.Filters(filters, tag => $"""{tag} = ANY (p."Tags")""")}
            """;
        // ts_rank is higher for a better match; negated, because the shared order puts the lowest first (as bm25 has it).
        return sql.RunAsync(db.Database, from, from, """-ts_rank(p."RankVector", q, 1)""", "ReportId", skip, take, cancellationToken);
    }
}
