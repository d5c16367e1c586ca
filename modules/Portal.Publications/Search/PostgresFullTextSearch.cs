using Portal.Publications.Reports.Data;

namespace Portal.Publications.Search;

/// <summary>
/// PostgreSQL full-text search over the generated column "PublicReports"."SearchVector" (english configuration,
/// title weighted A, summary B, the rest D; GIN index; migration PublicReportsFullText). The words go through
/// plainto_tsquery, which reads its input as plain words joined by AND: websearch_to_tsquery would give "or" and "-"
/// a meaning, and the public must not be able to write query syntax. Ranked by ts_rank, normalised by length.
/// </summary>
internal sealed class PostgresFullTextSearch(PublicationsDbContext db) : IReportTextSearch
{
    public Task<RankedReports> RankAsync(SearchFilters filters, IReadOnlyList<string> words, int skip, int take, CancellationToken cancellationToken)
    {
        var sql = new RankedSearchSql();
        var from = $"""
            FROM "PublicReports" AS p, plainto_tsquery('english'::regconfig, {sql.Value(string.Join(' ', words))}) AS q
            WHERE p."SearchVector" @@ q AND {sql.Filters(filters, tag => $"""{tag} = ANY (p."Tags")""")}
            """;
        // ts_rank is higher for a better match; negated, because the shared order puts the lowest first (as bm25 has it).
        return sql.RunAsync(db.Database, from, from, """-ts_rank(p."SearchVector", q, 1)""", "ReportId", skip, take, cancellationToken);
    }
}
