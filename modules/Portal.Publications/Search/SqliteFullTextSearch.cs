using Microsoft.EntityFrameworkCore;
using Portal.Publications.Reports.Data;

namespace Portal.Publications.Search;

/// <summary>
/// SQLite FTS5 over the table "PublicReportsText", which triggers on "PublicReports" keep in step with the public rows
/// (migration PublicReportsFullText): only what a public row holds is indexed, so only the latest published Part 1
/// text (or, once withdrawn, the headline) can match. Ranked by bm25 with the title weighted above the summary
/// above the body.
/// </summary>
internal sealed class SqliteFullTextSearch(PublicationsDbContext db) : IReportTextSearch
{
    public IQueryable<RankedReportEntry> Match(IQueryable<PublicReportEntry> entries, IReadOnlyList<string> words)
    {
        var expression = MatchExpression(words);
        // bm25 is lower for a better match; negated so that higher is better, as the interface says. The weights
        // follow the table's columns: ReportId (not indexed), Title, Summary, Body.
        var matches = db.Database.SqlQuery<TextMatch>($"""
            SELECT "ReportId", -bm25("PublicReportsText", 0.0, 8.0, 3.0, 1.0) AS "Score"
            FROM "PublicReportsText"
            WHERE "PublicReportsText" MATCH {expression}
            """);
        return from entry in entries
               join match in matches on entry.ReportId equals match.ReportId
               select new RankedReportEntry { Entry = entry, Score = match.Score };
    }

    /// <summary>
    /// Each word as a quoted FTS5 string, joined by spaces (all must match). Quoting makes every word a literal:
    /// AND, OR, NOT, NEAR, * and column filters mean nothing inside a string. The expression travels as a parameter.
    /// </summary>
    public static string MatchExpression(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
