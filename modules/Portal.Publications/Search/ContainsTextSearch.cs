using Microsoft.EntityFrameworkCore;
using Portal.Publications.Reports.Data;

namespace Portal.Publications.Search;

/// <summary>
/// Every word must occur in the row's search text (a LIKE with the wildcards escaped), with no ranking. Works on any
/// provider: the fallback for a provider without a full-text engine here. SQLite and PostgreSQL use
/// <see cref="SqliteFullTextSearch"/> and <see cref="PostgresFullTextSearch"/>.
/// </summary>
internal sealed class ContainsTextSearch : IReportTextSearch
{
    public IQueryable<RankedReportEntry> Match(IQueryable<PublicReportEntry> entries, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            var pattern = "%" + Escape(word) + "%";
            entries = entries.Where(e => EF.Functions.Like(e.SearchText, pattern, "\\"));
        }

        return entries.Select(e => new RankedReportEntry { Entry = e, Score = 0 });
    }

    // Words hold letters and digits only, but escaping keeps this safe should that ever change.
    private static string Escape(string word) => word.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);
}
