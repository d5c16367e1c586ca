using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Agreements.Data;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>Counts this force's sent, unsettled overflow calls per agreement, from its own store (one grouped query).</summary>
public sealed class StoredOverflowLoad(OverflowAgreementsDbContext db, TimeProvider clock) : IOverflowLoad
{
    public async Task<IReadOnlyDictionary<string, int>> InProgressAsync(string? exceptCallId, CancellationToken cancellationToken)
    {
        var from = (clock.GetUtcNow() - PartnerOverflowLimits.InProgressHorizon).ToUnixTimeMilliseconds();
        return await db.SentOverflowCalls.AsNoTracking()
            .Where(c => c.SettledUnixMs == null && c.OverflowedUnixMs >= from && c.CallId != exceptCallId)
            .GroupBy(c => c.AgreementId)
            .Select(g => new { g.Key, Calls = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Calls, StringComparer.Ordinal, cancellationToken);
    }
}
