using Portal.Publications.Reports.Data;

namespace Portal.Publications.Search;

/// <summary>
/// SQLite FTS5 over the contentless table "PublicReportsText", whose rowids are the public rows' "SearchKey"
/// (migration ContentlessPublicReportsText; triggers keep it in step). Only what a public row holds is indexed, so
/// only the latest published Part 1 text (or, once withdrawn, the headline) can match. Ranked by bm25 with the title
/// weighted above the summary above the body. A match is turned into what orders ties and filters through the covering
/// index "IX_PublicReports_SearchKey", so ranking thousands of matches reads no row.
/// </summary>
internal sealed class SqliteFullTextSearch(PublicationsDbContext db) : IReportTextSearch
{
    public Task<RankedReports> RankAsync(SearchFilters filters, IReadOnlyList<string> words, int skip, int take, CancellationToken cancellationToken)
    {
        var sql = new RankedSearchSql();
        // CROSS JOIN keeps the engine's matches as the outer loop (SQLite never reorders it): with a filter, the planner
        // otherwise walks the filter's index and runs the MATCH again for every row it finds (33 ms for one count
        // instead of 0.3 ms). bm25 is lower for a better match. The weights follow the table's columns: Title, Summary, Body.
        var match = sql.Value(MatchExpression(words));
        var from = $"""
            FROM (SELECT rowid AS "Key", bm25("PublicReportsText", 8.0, 3.0, 1.0) AS "Rank"
                  FROM "PublicReportsText" WHERE "PublicReportsText" MATCH {match}) AS m
            CROSS JOIN "PublicReports" AS p ON p."SearchKey" = m."Key"
            WHERE {sql.Filters(filters, tag => $"""EXISTS (SELECT 1 FROM json_each(p."Tags") WHERE value = {tag})""")}
            """;
        // Without filters the engine counts its matches alone, joining nothing.
        var countFrom = filters.IsEmpty ? $"""FROM "PublicReportsText" WHERE "PublicReportsText" MATCH {match}""" : from;
        return sql.RunAsync(db.Database, from, countFrom, """m."Rank" """, "SearchKey", skip, take, cancellationToken);
    }

    /// <summary>
    /// Each word as a quoted FTS5 string, joined by spaces (all must match). Quoting makes every word a literal:
    /// AND, OR, NOT, NEAR, * and column filters mean nothing inside a string. The expression travels as a parameter.
    /// </summary>
    public static string MatchExpression(IReadOnlyList<string> words) =>
        string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
