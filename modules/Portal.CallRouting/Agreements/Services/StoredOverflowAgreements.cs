using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Models;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>
/// The agreements this force may overflow calls under now: those it proposed, the partner accepted, and neither revoked,
/// whose expiry is still ahead. A proposal made TO this force is the partner's to use, never this force's.
/// </summary>
public sealed class StoredOverflowAgreements(OverflowAgreementsDbContext db, TimeProvider clock) : IOverflowAgreements
{
    public async Task<IReadOnlyList<OverflowAgreementTerms>> UsableAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var accepted = await db.Agreements.AsNoTracking()
            .Where(a => a.Role == AgreementRole.Proposer && a.State == AgreementState.Accepted)
            .ToListAsync(cancellationToken);
        // Expiry is compared here, not in SQL: SQLite cannot compare DateTimeOffset values.
        return accepted.Where(a => a.StateAt(now) == AgreementState.Accepted)
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new OverflowAgreementTerms(a.Id, a.PartnerTenant, a.QueueCode, a.MaxConcurrentCalls,
                AgreementHours.ByDay(AgreementHours.FromJson(a.HoursJson)), a.ExpiresAt))
            .ToList();
    }
}
