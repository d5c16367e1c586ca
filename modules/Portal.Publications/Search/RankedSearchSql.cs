using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.Publications.Search;

/// <summary>
/// The part of a ranked search both engines write the same way: the filters as SQL over the public row (alias
/// <c>p</c>), every value a parameter, a count, and a ranked page that reads whole rows for the page alone.
/// </summary>
internal sealed class RankedSearchSql
{
    private readonly List<object> _values = [];

    /// <summary>A placeholder for <paramref name="value"/>: EF Core sends it as a parameter, never as SQL text.</summary>
    public string Value(object value)
    {
        _values.Add(value);
        return "{" + (_values.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }

    /// <summary>The filters as one condition; <paramref name="hasTag"/> writes the engine's test of a tag list.</summary>
    public string Filters(SearchFilters filters, Func<string, string> hasTag)
    {
        var conditions = new List<string> { "1 = 1" };
        if (filters.Year is { } year)
        {
            conditions.Add($"""p."DecisionYear" = {Value(year)}""");
        }

        if (filters.DecisionMaker is { } decisionMaker)
        {
            conditions.Add($"""p."DecisionMaker" = {Value(decisionMaker)}""");
        }

        if (filters.Tag is { } tag)
        {
            conditions.Add(hasTag(Value(tag)));
        }

        return string.Join(" AND ", conditions);
    }

    /// <summary>
    /// How many rows <paramref name="countFrom"/> holds, then (when the page is not past the end) one page of
    /// <paramref name="from"/> (a FROM and WHERE over alias <c>p</c>) in the order of <paramref name="relevance"/>
    /// (lower is better), ties newest decision first then by reference. The page is one statement: its inner query
    /// ranks and pages on what the engine and the indexes hold, and only the page's own rows are read whole, through
    /// <paramref name="keyColumn"/>. The count is its own statement because it needs no relevance: a window count in
    /// the ranked statement cost more than counting again.
    /// </summary>
    public async Task<RankedReports> RunAsync(DatabaseFacade database, string from, string countFrom, string relevance, string keyColumn,
        int skip, int take, CancellationToken cancellationToken)
    {
        // Only placeholders and the engines' own SQL are in the text; every value is a parameter.
        var count = $"""SELECT count(*) AS "Value" {countFrom}""";
        var total = checked((int)(await database.SqlQueryRaw<long>(count, [.. _values]).ToListAsync(cancellationToken)).Single());
        if (total <= skip)
        {
            return new RankedReports([], total);
        }

        var page = $"""
            SELECT r."Reference", r."Title", r."Summary", r."DecisionMaker", r."DecisionDate", r."Tags", r."Version",
                   r."LastPublishedAt", r."IsWithdrawn"
            FROM (SELECT p."{keyColumn}" AS "Key", {relevance} AS "Relevance", p."DecisionDate" AS "DecisionDate", p."Reference" AS "Reference"
                  {from}
                  ORDER BY 2, 3 DESC, 4
                  LIMIT {Value(take)} OFFSET {Value(skip)}) AS page
            JOIN "PublicReports" AS r ON r."{keyColumn}" = page."Key"
            ORDER BY page."Relevance", page."DecisionDate" DESC, page."Reference"
            """;
        var rows = await database.SqlQueryRaw<RankedRow>(page, [.. _values]).ToListAsync(cancellationToken);
        return new RankedReports(rows.ConvertAll(r => r.ToSummary()), total);
    }
}
