using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Messaging;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Models;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Agreements.Events;

/// <summary>
/// This force's consent to what partner forces tell it while an agreement runs, answered from its own copies: a
/// contingency switched on only from a force it has an accepted (unexpired) agreement with, in either role; its
/// revert from such a force or one whose activation it admitted; a settled call only about an agreement this force
/// proposed to exactly that partner. Anything else is refused and parked, and changes nothing here.
/// </summary>
public sealed class PartnerActivityAdmission(OverflowAgreementsDbContext db, TimeProvider clock) :
    ICrossTenantAdmission<PartnerContingencyActivated>,
    ICrossTenantAdmission<PartnerContingencyReverted>,
    ICrossTenantAdmission<OverflowedCallSettled>
{
    public async Task<CrossTenantAdmissionDecision> DecideAsync(PartnerContingencyActivated message, CancellationToken cancellationToken) =>
        await HasAcceptedAgreementWithAsync(message.SourceTenant, cancellationToken)
            ? CrossTenantAdmissionDecision.Admit()
            : CrossTenantAdmissionDecision.Refuse($"no accepted overflow agreement with '{message.SourceTenant}'");

    public async Task<CrossTenantAdmissionDecision> DecideAsync(PartnerContingencyReverted message, CancellationToken cancellationToken)
    {
        var told = await db.PartnerContingencyNotices.AsNoTracking()
            .AnyAsync(n => n.PartnerTenant == message.SourceTenant && n.ActivationId == message.ActivationId, cancellationToken);
        return told || await HasAcceptedAgreementWithAsync(message.SourceTenant, cancellationToken)
            ? CrossTenantAdmissionDecision.Admit()
            : CrossTenantAdmissionDecision.Refuse($"no accepted overflow agreement with '{message.SourceTenant}' and no activation '{message.ActivationId}' from it");
    }

    public async Task<CrossTenantAdmissionDecision> DecideAsync(OverflowedCallSettled message, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == message.AgreementId, cancellationToken);
        return agreement is { Role: AgreementRole.Proposer } && agreement.PartnerTenant == message.SourceTenant
            ? CrossTenantAdmissionDecision.Admit()
            : CrossTenantAdmissionDecision.Refuse($"this force proposed no agreement '{message.AgreementId}' to '{message.SourceTenant}'");
    }

    private async Task<bool> HasAcceptedAgreementWithAsync(string tenant, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Expiry is compared here, not in SQL: SQLite cannot compare DateTimeOffset values.
        var accepted = await db.Agreements.AsNoTracking()
            .Where(a => a.PartnerTenant == tenant && a.State == AgreementState.Accepted)
            .ToListAsync(cancellationToken);
        return accepted.Any(a => a.StateAt(now) == AgreementState.Accepted);
    }
}
