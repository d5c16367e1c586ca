using Microsoft.EntityFrameworkCore;
using Portal.Audit.Data;
using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>Finds entries for the search page, the API and the exports. Text matches ignore case (ASCII).</summary>
public sealed class AuditSearch(AuditDbContext db)
{
    public async Task<AuditSearchPage> PageAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = Apply(filter);
        var total = await query.LongCountAsync(cancellationToken);
        var entries = await query
            .OrderByDescending(e => e.Sequence)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .ToListAsync(cancellationToken);
        return new AuditSearchPage(entries, total, filter.Page, filter.PageSize);
    }

    /// <summary>Every match in sequence order, read as it is written out (an export can be large).</summary>
    public IAsyncEnumerable<AuditRecord> StreamAsync(AuditFilter filter) =>
        Apply(filter).OrderBy(e => e.Sequence).AsAsyncEnumerable();

    private IQueryable<AuditRecord> Apply(AuditFilter filter)
    {
        var query = db.Entries.AsNoTracking();
        if (filter.From is { } from)
        {
            query = query.Where(e => e.Timestamp >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.Timestamp <= to);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(e => e.Category == category);
        }

        if (filter.Outcome is { } outcome)
        {
            var name = outcome.ToString();
            query = query.Where(e => e.Outcome == name);
        }

        if (filter.Actor is { } actor)
        {
            var lowered = actor.ToLowerInvariant();
            query = query.Where(e => e.Actor.ToLower().Contains(lowered));
        }

        if (filter.Text is { } text)
        {
            var lowered = text.ToLowerInvariant();
            query = query.Where(e => e.Action.ToLower().Contains(lowered)
                || (e.Subject != null && e.Subject.ToLower().Contains(lowered))
                || (e.Detail != null && e.Detail.ToLower().Contains(lowered)));
        }

        return query;
    }
}
