using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Messaging;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Models;
using Portal.CallRouting.Agreements.Services;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Agreements.Events;

/// <summary>
/// Brings this force's copy of an agreement up to date with what the other force did (the host ran the admission
/// first). The change commits with the inbox row, so each event changes the copy once. An answer that arrives after
/// this force already revoked leaves the revocation standing: both copies then end Revoked.
/// </summary>
public sealed class AgreementEventHandler(OverflowAgreementsDbContext db, IAuditLog audit, ILogger<AgreementEventHandler> logger) :
    IIntegrationEventHandler<OverflowAgreementProposed>,
    IIntegrationEventHandler<OverflowAgreementAccepted>,
    IIntegrationEventHandler<OverflowAgreementDeclined>,
    IIntegrationEventHandler<OverflowAgreementRevoked>,
    IIntegrationEventHandler<CallOverflowedToPartner>
{
    public async Task HandleAsync(OverflowAgreementProposed message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await context.EnlistAsync(db, cancellationToken);
        if (await db.Agreements.AnyAsync(a => a.Id == message.AgreementId, cancellationToken))
        {
            return;
        }

        var agreement = new OverflowAgreement
        {
            Id = message.AgreementId,
            Role = AgreementRole.Partner,
            PartnerTenant = message.SourceTenant,
            QueueCode = message.QueueCode,
            MaxConcurrentCalls = message.MaxConcurrentCalls,
            HoursJson = AgreementHours.ToJson(message.Hours),
            ExpiresAt = message.ExpiresAt,
            State = AgreementState.Proposed,
            ProposedBy = message.ProposedBy,
            ProposedAt = message.ProposedAt,
            Version = Guid.NewGuid(),
        };
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        Audit(context, "agreement-proposal-received", agreement, message.SourceTenant, message.ProposedBy,
            $"{message.SourceTenant} proposes overflow of its queue {message.QueueCode}, at most {message.MaxConcurrentCalls} calls, until {message.ExpiresAt:O}.");
    }

    public Task HandleAsync(OverflowAgreementAccepted message, IntegrationEventContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.AgreementId, context, AgreementState.Proposed, a =>
        {
            a.State = AgreementState.Accepted;
            a.DecidedBy = message.AcceptedBy;
            a.DecidedAt = message.AcceptedAt;
        }, "agreement-accepted-by-partner", message.SourceTenant, message.AcceptedBy, $"{message.SourceTenant} accepted.", cancellationToken);

    public Task HandleAsync(OverflowAgreementDeclined message, IntegrationEventContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.AgreementId, context, AgreementState.Proposed, a =>
        {
            a.State = AgreementState.Declined;
            a.DecidedBy = message.DeclinedBy;
            a.DecidedAt = message.DeclinedAt;
            a.DeclineReason = message.Reason;
        }, "agreement-declined-by-partner", message.SourceTenant, message.DeclinedBy, $"{message.SourceTenant} declined: {message.Reason}", cancellationToken);

    public Task HandleAsync(OverflowAgreementRevoked message, IntegrationEventContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.AgreementId, context, null, a =>
        {
            a.State = AgreementState.Revoked;
            a.RevokedBy = message.RevokedBy;
            a.RevokedByTenant = message.SourceTenant;
            a.RevokedAt = message.RevokedAt;
            a.RevocationReason = message.Reason;
        }, "agreement-revoked-by-partner", message.SourceTenant, message.RevokedBy, $"{message.SourceTenant} revoked: {message.Reason}", cancellationToken);

    public async Task HandleAsync(CallOverflowedToPartner message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await context.EnlistAsync(db, cancellationToken);
        if (await db.PartnerOverflowCalls.AnyAsync(c => c.PartnerTenant == message.SourceTenant && c.CallId == message.CallId, cancellationToken))
        {
            return;
        }

        db.PartnerOverflowCalls.Add(new PartnerOverflowCall
        {
            AgreementId = message.AgreementId,
            PartnerTenant = message.SourceTenant,
            CallId = message.CallId,
            QueueCode = message.QueueCode,
            OverflowedAt = message.OverflowedAt,
            OverflowedUnixMs = message.OverflowedAt.ToUnixTimeMilliseconds(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(string id, IntegrationEventContext context, AgreementState? requiredState, Action<OverflowAgreement> change,
        string action, string source, string by, string detail, CancellationToken cancellationToken)
    {
        await context.EnlistAsync(db, cancellationToken);
        var agreement = await db.Agreements.FirstAsync(a => a.Id == id, cancellationToken);
        var stillOpen = requiredState is null
            ? agreement.State is AgreementState.Proposed or AgreementState.Accepted
            : agreement.State == requiredState;
        if (!stillOpen)
        {
            logger.LogInformation("Agreement {AgreementId} is already {State}; {Action} from {Source} leaves it so", id, agreement.State, action, source);
            return;
        }

        change(agreement);
        agreement.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        Audit(context, action, agreement, source, by, detail);
    }

    // After the commit: the audit log writes in its own transaction, which on SQLite would wait for the inbox's write lock.
    // The actor is the other force's person or client, named with their force: no one of this force acted.
    private void Audit(IntegrationEventContext context, string action, OverflowAgreement agreement, string source, string by, string detail) =>
        context.AfterCommit(ct => audit.WriteAsync(new AuditEntry(OverflowAgreementService.AuditCategory, action, AuditOutcome.Success, agreement.Id, detail)
        {
            Actor = $"{source}:{by}",
        }, ct));
}
