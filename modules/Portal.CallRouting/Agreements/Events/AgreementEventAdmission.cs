using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Messaging;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Models;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Agreements.Events;

/// <summary>
/// This force's consent to agreement events from other forces, answered from its own copies: a proposal from any
/// force (the host has checked it is a running tenant; this module being enabled is what makes this force a police
/// force); an answer or revocation only about an agreement this force holds with exactly that force; an overflowed
/// call only under an agreement that was accepted when the call was sent. Anything else is refused and parked.
/// </summary>
public sealed class AgreementEventAdmission(OverflowAgreementsDbContext db) :
    ICrossTenantAdmission<OverflowAgreementProposed>,
    ICrossTenantAdmission<OverflowAgreementAccepted>,
    ICrossTenantAdmission<OverflowAgreementDeclined>,
    ICrossTenantAdmission<OverflowAgreementRevoked>,
    ICrossTenantAdmission<CallOverflowedToPartner>
{
    public async Task<CrossTenantAdmissionDecision> DecideAsync(OverflowAgreementProposed message, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(message.AgreementId, cancellationToken);
        return existing is null || (existing.PartnerTenant == message.SourceTenant && existing.Role == AgreementRole.Partner)
            ? CrossTenantAdmissionDecision.Admit()
            : CrossTenantAdmissionDecision.Refuse($"agreement '{message.AgreementId}' already exists with another force or role");
    }

    public Task<CrossTenantAdmissionDecision> DecideAsync(OverflowAgreementAccepted message, CancellationToken cancellationToken) =>
        HeldWithAsync(message.AgreementId, message.SourceTenant, AgreementRole.Proposer, cancellationToken);

    public Task<CrossTenantAdmissionDecision> DecideAsync(OverflowAgreementDeclined message, CancellationToken cancellationToken) =>
        HeldWithAsync(message.AgreementId, message.SourceTenant, AgreementRole.Proposer, cancellationToken);

    public Task<CrossTenantAdmissionDecision> DecideAsync(OverflowAgreementRevoked message, CancellationToken cancellationToken) =>
        HeldWithAsync(message.AgreementId, message.SourceTenant, role: null, cancellationToken);

    public async Task<CrossTenantAdmissionDecision> DecideAsync(CallOverflowedToPartner message, CancellationToken cancellationToken)
    {
        var held = await HeldWithAsync(message.AgreementId, message.SourceTenant, AgreementRole.Partner, cancellationToken);
        if (!held.Admitted)
        {
            return held;
        }

        var agreement = (await FindAsync(message.AgreementId, cancellationToken))!;
        // Accepted when the call was sent: a revocation or the expiry that arrives later does not undo a call already made.
        var acceptedThen = agreement.DecidedAt <= message.OverflowedAt && message.OverflowedAt < agreement.ExpiresAt
            && (agreement.State == AgreementState.Accepted || (agreement.State == AgreementState.Revoked && agreement.RevokedAt > message.OverflowedAt));
        return acceptedThen
            ? CrossTenantAdmissionDecision.Admit()
            : CrossTenantAdmissionDecision.Refuse($"agreement '{message.AgreementId}' was not accepted at {message.OverflowedAt:O}");
    }

    private async Task<CrossTenantAdmissionDecision> HeldWithAsync(string id, string source, AgreementRole? role, CancellationToken cancellationToken)
    {
        var agreement = await FindAsync(id, cancellationToken);
        if (agreement is null || agreement.PartnerTenant != source)
        {
            return CrossTenantAdmissionDecision.Refuse($"no agreement '{id}' with '{source}'");
        }

        return role is null || agreement.Role == role
            ? CrossTenantAdmissionDecision.Admit()
            : CrossTenantAdmissionDecision.Refuse($"this force is the {agreement.Role.ToString().ToLowerInvariant()} of agreement '{id}', not the {role.ToString()!.ToLowerInvariant()}");
    }

    private Task<OverflowAgreement?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
}
