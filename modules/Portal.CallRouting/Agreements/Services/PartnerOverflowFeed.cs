using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Models;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>Counts the overflowed calls this force received and lists its partners' contingencies in force, from its own store.</summary>
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

    public async Task<PartnerActivity> ActivityAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var horizon = (now - PartnerOverflowLimits.InProgressHorizon).ToUnixTimeMilliseconds();
        var recent = (now - PartnerOverflowLimits.RecentWindow).ToUnixTimeMilliseconds();
        var calls = await db.PartnerOverflowCalls.AsNoTracking()
            .Where(c => c.OverflowedUnixMs >= horizon)
            .GroupBy(c => c.AgreementId)
            .Select(g => new
            {
                AgreementId = g.Key,
                InProgress = g.Count(c => c.SettledUnixMs == null),
                Recent = g.Count(c => c.OverflowedUnixMs >= recent),
                Latest = g.Max(c => c.OverflowedUnixMs),
            })
            .ToDictionaryAsync(c => c.AgreementId, StringComparer.Ordinal, cancellationToken);
        var held = await db.Agreements.AsNoTracking().Where(a => a.Role == AgreementRole.Partner).ToListAsync(cancellationToken);

        // Accepted agreements show even with no call yet (0 of N); an ended one still shows while its calls are recent.
        var overflow = held.Where(a => a.StateAt(now) == AgreementState.Accepted || calls.ContainsKey(a.Id))
            .OrderBy(a => a.PartnerTenant, StringComparer.Ordinal).ThenBy(a => a.QueueCode, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => calls.TryGetValue(a.Id, out var c)
                ? new PartnerOverflowFigures(a.Id, a.PartnerTenant, a.QueueCode, c.InProgress, a.MaxConcurrentCalls, c.Recent, DateTimeOffset.FromUnixTimeMilliseconds(c.Latest))
                : new PartnerOverflowFigures(a.Id, a.PartnerTenant, a.QueueCode, 0, a.MaxConcurrentCalls, 0, null))
            .ToList();

        var notices = await db.PartnerContingencyNotices.AsNoTracking()
            .Where(n => n.RevertedUnixMs == null && n.RevertUnixMs > nowMs)
            .ToListAsync(cancellationToken);
        var contingencies = notices.OrderBy(n => n.ActivatedUnixMs).ThenBy(n => n.PartnerTenant, StringComparer.Ordinal)
            .Select(n => new PartnerContingencyAlert(n.PartnerTenant, n.ActivationId, n.PlanCode, n.PlanName, n.Queues, n.Reason, n.ActivatedBy,
                DateTimeOffset.FromUnixTimeMilliseconds(n.ActivatedUnixMs), DateTimeOffset.FromUnixTimeMilliseconds(n.RevertUnixMs)))
            .ToList();
        return new PartnerActivity(overflow, contingencies);
    }
}
