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
/// Keeps what partner forces told this force (the host ran <see cref="PartnerActivityAdmission"/> first): their
/// contingency plans, shown on the dashboard and audited here; and the settlement of calls this force overflowed, which
/// frees room under the agreement's maximum concurrent calls. Each change commits with the inbox row (once per event).
/// Text from the other force is clipped to this store's lengths: a long field must not make the event fail for ever.
/// </summary>
public sealed class PartnerActivityHandler(OverflowAgreementsDbContext db, IAuditLog audit, ILogger<PartnerActivityHandler> logger) :
    IIntegrationEventHandler<PartnerContingencyActivated>,
    IIntegrationEventHandler<PartnerContingencyReverted>,
    IIntegrationEventHandler<OverflowedCallSettled>
{
    public async Task HandleAsync(PartnerContingencyActivated message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await context.EnlistAsync(db, cancellationToken);
        if (await db.PartnerContingencyNotices.AnyAsync(n => n.PartnerTenant == message.SourceTenant && n.ActivationId == message.ActivationId, cancellationToken))
        {
            return;
        }

        var notice = new PartnerContingencyNotice
        {
            PartnerTenant = message.SourceTenant,
            ActivationId = message.ActivationId,
            PlanCode = Clip(message.PlanCode, AgreementLimits.QueueCode),
            PlanName = Clip(message.PlanName, AgreementLimits.Actor),
            Queues = Clip(string.Join(", ", message.Queues), AgreementLimits.Reason * 4),
            Reason = Clip(message.Reason, AgreementLimits.Reason),
            ActivatedBy = Clip(message.ActivatedBy, AgreementLimits.Actor),
            ActivatedUnixMs = message.ActivatedAt.ToUnixTimeMilliseconds(),
            RevertUnixMs = message.RevertAt.ToUnixTimeMilliseconds(),
        };
        db.PartnerContingencyNotices.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        Audit(context, "partner-contingency-activated", message.SourceTenant, message.ActivatedBy, notice.PlanCode,
            $"{message.SourceTenant} switched on contingency plan {notice.PlanCode} ({notice.PlanName}) for its queues {notice.Queues} until {message.RevertAt:u}: {notice.Reason}");
    }

    public async Task HandleAsync(PartnerContingencyReverted message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await context.EnlistAsync(db, cancellationToken);
        var notice = await db.PartnerContingencyNotices
            .FirstOrDefaultAsync(n => n.PartnerTenant == message.SourceTenant && n.ActivationId == message.ActivationId, cancellationToken);
        if (notice is { RevertedUnixMs: not null })
        {
            return;
        }

        if (notice is not null)
        {
            notice.RevertedUnixMs = message.RevertedAt.ToUnixTimeMilliseconds();
            notice.RevertedBy = Clip(message.RevertedBy, AgreementLimits.Actor);
            notice.RevertReason = Clip(message.Reason, AgreementLimits.Reason);
            notice.RevertedAutomatically = message.Automatic;
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            // Its activation was refused here (no agreement then) or never sent: nothing to switch off, but it is recorded.
            logger.LogInformation("{Source} reverted contingency activation {ActivationId} this force was not told of", message.SourceTenant, message.ActivationId);
        }

        Audit(context, message.Automatic ? "partner-contingency-reverted-automatically" : "partner-contingency-reverted", message.SourceTenant,
            message.RevertedBy, Clip(message.PlanCode, AgreementLimits.QueueCode),
            $"{message.SourceTenant} switched off contingency plan {Clip(message.PlanCode, AgreementLimits.QueueCode)} at {message.RevertedAt:u}: {Clip(message.Reason, AgreementLimits.Reason)}");
    }

    public async Task HandleAsync(OverflowedCallSettled message, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await context.EnlistAsync(db, cancellationToken);
        var call = await db.SentOverflowCalls.FirstOrDefaultAsync(c => c.AgreementId == message.AgreementId && c.CallId == message.CallId, cancellationToken);
        if (call is null || call.SettledUnixMs is not null)
        {
            return;
        }

        call.SettledUnixMs = message.SettledAt.ToUnixTimeMilliseconds();
        call.Outcome = Clip(message.Outcome, OverflowCallOutcome.MaxLength);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Clip(string? text, int length) => text is null ? "" : text.Length <= length ? text : text[..length];

    // After the commit: the audit log writes in its own transaction, which on SQLite would wait for the inbox's write lock.
    // The actor is the other force's person or client, named with their force: no one of this force acted.
    private void Audit(IntegrationEventContext context, string action, string source, string by, string subject, string detail) =>
        context.AfterCommit(ct => audit.WriteAsync(new AuditEntry(OverflowAgreementService.AuditCategory, action, AuditOutcome.Success, subject, detail)
        {
            Actor = $"{source}:{Clip(by, AgreementLimits.Actor)}",
        }, ct));
}
