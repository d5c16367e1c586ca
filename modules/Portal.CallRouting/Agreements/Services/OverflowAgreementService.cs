using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Agreements.Data;
using Portal.CallRouting.Agreements.Models;
using Portal.Contracts;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Agreements.Services;

/// <summary>
/// This force's side of its overflow agreements: propose, accept, decline, revoke. Each change is saved with the event
/// that tells the other force (one transaction through the outbox) and audited; the other force's copy follows when
/// its handlers run. Expiry needs no event: both copies carry the same expiry.
/// </summary>
public sealed class OverflowAgreementService(
    OverflowAgreementsDbContext db,
    IEventOutbox outbox,
    IAuditLog audit,
    ShellSettings tenant,
    ProposalValidator validator,
    TimeProvider clock)
{
    public const string AuditCategory = "routing-agreements";

    public async Task<IReadOnlyList<AgreementView>> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = await db.Agreements.AsNoTracking().ToListAsync(cancellationToken);
        return all.OrderByDescending(a => a.ProposedAt).Select(a => AgreementViews.Of(a, now)).ToList();
    }

    public async Task<AgreementView?> FindAsync(string id, CancellationToken cancellationToken) =>
        await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } a ? AgreementViews.Of(a, clock.GetUtcNow()) : null;

    public async Task<AgreementOperationResult> ProposeAsync(ProposeAgreementInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = await validator.ValidateAsync(input, cancellationToken);
        if (errors.Count > 0)
        {
            return AgreementOperationResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var by = AgreementActor.Of(user);
        var hours = AgreementHours.Flatten(input.Hours);
        var agreement = new OverflowAgreement
        {
            Id = Guid.NewGuid().ToString("N"),
            Role = AgreementRole.Proposer,
            PartnerTenant = input.Partner!,
            QueueCode = input.QueueCode!,
            MaxConcurrentCalls = input.MaxConcurrentCalls!.Value,
            HoursJson = AgreementHours.ToJson(hours),
            ExpiresAt = input.ExpiresAt!.Value.ToUniversalTime(),
            State = AgreementState.Proposed,
            ProposedBy = by,
            ProposedAt = now,
            Version = Guid.NewGuid(),
        };
        db.Agreements.Add(agreement);
        await outbox.SaveChangesAsync(db, [new OverflowAgreementProposed(tenant.Name, tenant.Name, agreement.PartnerTenant, agreement.Id,
            agreement.QueueCode, agreement.MaxConcurrentCalls, hours, agreement.ExpiresAt, by, now)], cancellationToken);
        await AuditAsync("agreement-proposed", agreement,
            $"Proposed to {agreement.PartnerTenant}: queue {agreement.QueueCode}, at most {agreement.MaxConcurrentCalls} calls, until {agreement.ExpiresAt:O}.", cancellationToken);
        return AgreementOperationResult.Done(AgreementViews.Of(agreement, now));
    }

    public Task<AgreementOperationResult> AcceptAsync(string id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        DecideAsync(id, user, accept: true, reason: null, cancellationToken);

    public Task<AgreementOperationResult> DeclineAsync(string id, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        DecideAsync(id, user, accept: false, reason, cancellationToken);

    public async Task<AgreementOperationResult> RevokeAsync(string id, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (ReasonErrors(reason) is { } invalid)
        {
            return invalid;
        }

        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return AgreementOperationResult.NotFound(id);
        }

        var now = clock.GetUtcNow();
        var state = agreement.StateAt(now);
        if (state == AgreementState.Proposed && agreement.Role == AgreementRole.Partner)
        {
            return AgreementOperationResult.Refused(AgreementOperationStatus.Conflict, "The agreement is only proposed.",
                "A proposal made to this force is declined, not revoked.");
        }

        if (state is not (AgreementState.Proposed or AgreementState.Accepted))
        {
            return WrongState(state, "revoked");
        }

        var by = AgreementActor.Of(user);
        agreement.State = AgreementState.Revoked;
        agreement.RevokedBy = by;
        agreement.RevokedByTenant = tenant.Name;
        agreement.RevokedAt = now;
        agreement.RevocationReason = reason!.Trim();
        return await SaveAsync(agreement, new OverflowAgreementRevoked(tenant.Name, tenant.Name, agreement.PartnerTenant, agreement.Id, by, now, agreement.RevocationReason),
            "agreement-revoked", $"Revoked with {agreement.PartnerTenant}: {agreement.RevocationReason}", now, cancellationToken);
    }

    private async Task<AgreementOperationResult> DecideAsync(string id, ClaimsPrincipal user, bool accept, string? reason, CancellationToken cancellationToken)
    {
        if (!accept && ReasonErrors(reason) is { } invalid)
        {
            return invalid;
        }

        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agreement is null)
        {
            return AgreementOperationResult.NotFound(id);
        }

        if (agreement.Role == AgreementRole.Proposer)
        {
            return AgreementOperationResult.Refused(AgreementOperationStatus.Forbidden, "The proposer cannot decide its own proposal.",
                $"Only {agreement.PartnerTenant} can accept or decline this agreement.");
        }

        var now = clock.GetUtcNow();
        var state = agreement.StateAt(now);
        if (state != AgreementState.Proposed)
        {
            return WrongState(state, accept ? "accepted" : "declined");
        }

        var by = AgreementActor.Of(user);
        agreement.State = accept ? AgreementState.Accepted : AgreementState.Declined;
        agreement.DecidedBy = by;
        agreement.DecidedAt = now;
        agreement.DeclineReason = accept ? null : reason!.Trim();
        IIntegrationEvent message = accept
            ? new OverflowAgreementAccepted(tenant.Name, tenant.Name, agreement.PartnerTenant, agreement.Id, by, now)
            : new OverflowAgreementDeclined(tenant.Name, tenant.Name, agreement.PartnerTenant, agreement.Id, by, now, agreement.DeclineReason!);
        return await SaveAsync(agreement, message, accept ? "agreement-accepted" : "agreement-declined",
            accept ? $"Accepted from {agreement.PartnerTenant}." : $"Declined from {agreement.PartnerTenant}: {agreement.DeclineReason}", now, cancellationToken);
    }

    private async Task<AgreementOperationResult> SaveAsync(OverflowAgreement agreement, IIntegrationEvent message, string action, string detail,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        agreement.Version = Guid.NewGuid();
        try
        {
            await outbox.SaveChangesAsync(db, [message], cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AgreementOperationResult.Refused(AgreementOperationStatus.Conflict, "The agreement changed meanwhile.",
                "Someone else changed this agreement at the same time; look at it again.");
        }

        await AuditAsync(action, agreement, detail, cancellationToken);
        return AgreementOperationResult.Done(AgreementViews.Of(agreement, now));
    }

    private static AgreementOperationResult WrongState(AgreementState state, string wanted) => state == AgreementState.Expired
        ? AgreementOperationResult.Refused(AgreementOperationStatus.Conflict, "The agreement has expired.", $"An expired agreement cannot be {wanted}.")
        : AgreementOperationResult.Refused(AgreementOperationStatus.Conflict, $"The agreement is {state}.", $"An agreement that is {state} cannot be {wanted}.");

    private static AgreementOperationResult? ReasonErrors(string? reason) => string.IsNullOrWhiteSpace(reason)
        ? AgreementOperationResult.Invalid(new Dictionary<string, string[]> { ["reason"] = ["Give a reason; the other force reads it."] })
        : reason.Trim().Length > AgreementLimits.Reason
            ? AgreementOperationResult.Invalid(new Dictionary<string, string[]> { ["reason"] = [$"At most {AgreementLimits.Reason} characters."] })
            : null;

    private Task AuditAsync(string action, OverflowAgreement agreement, string detail, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(AuditCategory, action, AuditOutcome.Success, agreement.Id, detail), cancellationToken);
}
