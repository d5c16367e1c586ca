using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Agreements.Data;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>Counts the overflowed calls this force received, from its own store.</summary>
public sealed class PartnerOverflowFeed(OverflowAgreementsDbContext db) : IPartnerOverflowFeed
{
    public async Task<IReadOnlyList<PartnerOverflowCount>> CountsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var from = since.ToUnixTimeMilliseconds();
        var rows = await db.PartnerOverflowCalls.AsNoTracking()
            .Where(c => c.OverflowedUnixMs >= from)
            .GroupBy(c => new { c.PartnerTenant, c.QueueCode })
            .Select(g => new { g.Key.PartnerTenant, g.Key.QueueCode, Calls = g.Count(), Latest = g.Max(c => c.OverflowedUnixMs) })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.PartnerTenant, StringComparer.Ordinal).ThenBy(r => r.QueueCode, StringComparer.Ordinal)
            .Select(r => new PartnerOverflowCount(r.PartnerTenant, r.QueueCode, r.Calls, DateTimeOffset.FromUnixTimeMilliseconds(r.Latest)))
            .ToList();
    }
}
