using Microsoft.EntityFrameworkCore;
using Portal.Publications.Index.Data;
using Portal.Publications.Index.Models;
using Portal.Publications.Search;

namespace Portal.Publications.Index.Services;

/// <summary>
/// Searches the platform's index inside one database query: every word must occur in the entry's search text (LIKE
/// with the wildcards escaped, so no input is query syntax), optionally one force, newest first.
/// </summary>
public sealed class PublicationIndexSearch(PublicationIndexDbContext db)
{
    public async Task<PublicationIndexPage> SearchAsync(PublicationIndexQuery query, CancellationToken cancellationToken)
    {
        var text = query.Text is { Length: > PublicationIndexQuery.MaxTextLength } ? query.Text[..PublicationIndexQuery.MaxTextLength] : query.Text;
        var entries = db.Publications.AsNoTracking().Where(p => p.Version > 0);
        foreach (var word in SearchWords.From(text))
        {
            var pattern = "%" + Escape(word) + "%";
            entries = entries.Where(p => EF.Functions.Like(p.SearchText, pattern, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(query.Force))
        {
            var force = query.Force.Trim();
            entries = entries.Where(p => p.Tenant == force);
        }

        var page = query.SafePage;
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(p => p.UpdatedUnixMs).ThenBy(p => p.Tenant).ThenBy(p => p.Reference)
            .Skip((int)Math.Min((long)(page - 1) * PublicationIndexQuery.PageSize, int.MaxValue))
            .Take(PublicationIndexQuery.PageSize)
            .Select(p => new PublicationIndexItem(p.Tenant, p.Reference, p.Title, p.Summary, p.DecisionMaker, p.DecisionDate, p.Tags, p.Version,
                p.PublishedAt, p.IsWithdrawn, p.WithdrawalReason))
            .ToListAsync(cancellationToken);
        var forces = await db.Publications.AsNoTracking().Where(p => p.Version > 0).Select(p => p.Tenant).Distinct().ToListAsync(cancellationToken);
        return new PublicationIndexPage(items, total, page, PublicationIndexQuery.PageSize, forces.Order(StringComparer.Ordinal).ToList());
    }

    private static string Escape(string word) => word.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal);
}
