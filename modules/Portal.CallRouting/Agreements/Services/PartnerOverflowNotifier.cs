using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Models;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>
/// Records a call overflowed under a usable agreement (it then counts against the agreement's maximum concurrent
/// calls) and publishes <see cref="CallOverflowedToPartner"/> with it, in one transaction through this force's outbox.
/// The same call asked about again (a retry) is recorded and sent once.
/// </summary>
public sealed class PartnerOverflowNotifier(IOverflowAgreements agreements, OverflowAgreementsDbContext db, IEventOutbox outbox, ShellSettings tenant)
    : IPartnerOverflowNotifier
{
    public async Task<bool> NotifyAsync(string agreementId, string callId, DateTimeOffset overflowedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        var terms = (await agreements.UsableAsync(cancellationToken)).FirstOrDefault(a => a.Id == agreementId);
        if (terms is null)
        {
            return false;
        }

        if (await db.SentOverflowCalls.AnyAsync(c => c.AgreementId == terms.Id && c.CallId == callId, cancellationToken))
        {
            return true;
        }

        db.SentOverflowCalls.Add(new SentOverflowCall
        {
            AgreementId = terms.Id,
            PartnerTenant = terms.PartnerTenant,
            CallId = callId,
            QueueCode = terms.QueueCode,
            OverflowedUnixMs = overflowedAt.ToUnixTimeMilliseconds(),
        });
        try
        {
            await outbox.SaveChangesAsync(db, [new CallOverflowedToPartner(tenant.Name, tenant.Name, terms.PartnerTenant, terms.Id, callId, terms.QueueCode, overflowedAt)],
                cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index: another node recorded (and sent) the same call a moment ago.
            db.ChangeTracker.Clear();
        }

        return true;
    }
}
