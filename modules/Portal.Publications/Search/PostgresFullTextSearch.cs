using Microsoft.EntityFrameworkCore;
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
    public IQueryable<RankedReportEntry> Match(IQueryable<PublicReportEntry> entries, IReadOnlyList<string> words)
    {
        var text = string.Join(' ', words);
        var matches = db.Database.SqlQuery<TextMatch>($"""
            SELECT r."ReportId", ts_rank(r."SearchVector", q, 1)::double precision AS "Score"
            FROM "PublicReports" AS r, plainto_tsquery('english'::regconfig, {text}) AS q
            WHERE r."SearchVector" @@ q
            """);
        return from entry in entries
               join match in matches on entry.ReportId equals match.ReportId
               select new RankedReportEntry { Entry = entry, Score = match.Score };
    }
}
