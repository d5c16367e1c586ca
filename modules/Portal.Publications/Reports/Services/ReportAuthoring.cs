using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts;
using Portal.Contracts.Publications;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Reports.Services;

/// <summary>
/// Writing and moving reports through their workflow. Every change is checked (content rules, who may, from which
/// state, the version the caller read), saved in one transaction with the events it causes (publication and
/// withdrawal tell the platform's index) and audited. A refusal stores nothing.
/// </summary>
public sealed class ReportAuthoring(
    PublicationsDbContext db,
    PublicationRecorder recorder,
    IEventOutbox outbox,
    IAuditLog audit,
    ShellSettings tenant,
    PublicationStamp stamp,
    TimeProvider clock)
{
    public const string AuditCategory = "publications";

    public async Task<IReadOnlyList<DecisionReport>> ListAsync(ReportState? state, CancellationToken cancellationToken)
    {
        var query = db.Reports.AsNoTracking();
        if (state is { } wanted)
        {
            query = query.Where(r => r.State == wanted);
        }

        var reports = await query.ToListAsync(cancellationToken);
        return reports.OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();
    }

    public async Task<DecisionReport?> FindAsync(string reference, CancellationToken cancellationToken) =>
        ReportReference.Normalise(reference) is { } key ? await LoadAsync(key, tracked: false, cancellationToken) : null;

    public async Task<ReportOutcome> CreateAsync(ReportInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var actor = ReportActor.Of(user);
        var now = clock.GetUtcNow();
        var reference = ReportReference.Normalise(input.Reference);
        var report = new DecisionReport
        {
            Id = Guid.NewGuid(),
            Reference = reference ?? input.Reference ?? "",
            AuthorId = actor.Id,
            AuthorName = actor.Name,
            State = ReportState.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = actor.Id,
        };
        var errors = ReportInputMapper.Apply(report, input).Concat(ReportContentRules.Validate(report)).ToList();
        if (errors.Count > 0)
        {
            return ReportOutcome.Invalid(errors);
        }

        if (ReportReference.IsReserved(report.Reference))
        {
            return ReportOutcome.Invalid([new FieldError("reference",
                $"{report.Reference} is the name of a fixed address of the publications pages (such as /publications/feed): choose another reference.")]);
        }

        if (await db.Reports.AnyAsync(r => r.Reference == report.Reference, cancellationToken))
        {
            return ReportOutcome.Invalid([new FieldError("reference", $"A report {report.Reference} exists already: choose another reference.")]);
        }

        db.Reports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync("report-created", report, $"Draft created by {actor.Id}.", cancellationToken);
        return ReportOutcome.Created(report);
    }

    /// <summary>Replaces the working copy. <paramref name="expectedVersion"/> (If-Match) is required: a stale one changes nothing (409).</summary>
    public async Task<ReportOutcome> UpdateAsync(string reference, string? expectedVersion, ReportInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (expectedVersion is null)
        {
            return ReportOutcome.Refused(ReportOutcomeStatus.PreconditionRequired, "Send If-Match with the ETag of the report you read, so that no one else's change is overwritten.");
        }

        return await ChangeAsync(reference, expectedVersion, user, "report-edited", async (report, actor, now) =>
        {
            if (ReportWorkflow.CanEdit(report) is { Succeeded: false } refused)
            {
                return refused;
            }

            if (input.Reference is not null && ReportReference.Normalise(input.Reference) != report.Reference)
            {
                return WorkflowOutcome.Invalid([new FieldError("reference", "A report's reference never changes.")]);
            }

            var oldPart1 = report.Part1.ToList();
            var errors = ReportInputMapper.Apply(report, input).Concat(ReportContentRules.Validate(report)).ToList();
            if (errors.Count > 0)
            {
                return WorkflowOutcome.Invalid(errors);
            }

            db.Part1Sections.RemoveRange(oldPart1);
            ReportWorkflow.MarkEdited(report, actor, now);
            await Task.CompletedTask;
            return WorkflowOutcome.Done;
        }, cancellationToken);
    }

    /// <summary>Deletes a report that was never published (a published one is withdrawn instead, so its notice stays).</summary>
    public async Task<ReportOutcome> DeleteAsync(string reference, string? expectedVersion, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (ReportReference.Normalise(reference) is not { } key || await LoadAsync(key, tracked: true, cancellationToken) is not { } report)
        {
            return ReportOutcome.NotFound(reference);
        }

        if (expectedVersion is not null && expectedVersion != report.Version.ToString("N"))
        {
            return Stale();
        }

        if (report.WasEverPublished)
        {
            return ReportOutcome.Refused(ReportOutcomeStatus.Conflict, "A published report is never deleted: withdraw it, and its public notice stays.");
        }

        db.Reports.Remove(report);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync("report-deleted", report, $"Draft deleted by {ReportActor.Of(user).Id}.", cancellationToken);
        return ReportOutcome.Done(report);
    }

    public Task<ReportOutcome> SubmitAsync(string reference, string? expectedVersion, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ChangeAsync(reference, expectedVersion, user, "report-submitted",
            (report, actor, now) => Task.FromResult(ReportWorkflow.Submit(report, actor, now)), cancellationToken);

    public Task<ReportOutcome> ApproveAsync(string reference, string? expectedVersion, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ChangeAsync(reference, expectedVersion, user, "report-approved",
            (report, actor, now) => Task.FromResult(ReportWorkflow.Approve(report, actor, now)), cancellationToken);

    public Task<ReportOutcome> ReturnAsync(string reference, string? expectedVersion, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ChangeAsync(reference, expectedVersion, user, "report-returned",
            (report, actor, now) => Task.FromResult(ReportWorkflow.Return(report, actor, reason, now)), cancellationToken);

    public Task<ReportOutcome> PublishAsync(string reference, string? expectedVersion, string? changeNote, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ChangeAsync(reference, expectedVersion, user, "report-published", async (report, actor, now) =>
        {
            var outcome = ReportWorkflow.Publish(report, actor, changeNote, now);
            if (outcome.Succeeded)
            {
                var note = ReportWorkflow.ChangeNoteFor(changeNote);
                await recorder.RecordPublicationAsync(report, note, actor, now, cancellationToken);
                Announce(new PublicationPublished(tenant.Name, tenant.Name, ShellSettings.DefaultName, report.Reference, report.Title, report.Summary,
                    report.DecisionMaker, report.DecisionDate, [.. report.Tags], report.PublishedVersion, note, now));
            }

            return outcome;
        }, cancellationToken);

    public Task<ReportOutcome> WithdrawAsync(string reference, string? expectedVersion, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ChangeAsync(reference, expectedVersion, user, "report-withdrawn", async (report, actor, now) =>
        {
            var outcome = ReportWorkflow.Withdraw(report, actor, reason, now);
            if (outcome.Succeeded)
            {
                await recorder.RecordWithdrawalAsync(report, now, cancellationToken);
                Announce(new PublicationWithdrawn(tenant.Name, tenant.Name, ShellSettings.DefaultName, report.Reference, report.Title, report.WithdrawalReason!, now));
            }

            return outcome;
        }, cancellationToken);

    private readonly List<IIntegrationEvent> pending = [];

    // The platform's own reports (if it ever writes any) need no event to reach its own index.
    private void Announce(IIntegrationEvent @event)
    {
        if (!tenant.IsDefault)
        {
            pending.Add(@event);
        }
    }

    private async Task<ReportOutcome> ChangeAsync(
        string reference,
        string? expectedVersion,
        ClaimsPrincipal user,
        string action,
        Func<DecisionReport, WorkflowActor, DateTimeOffset, Task<WorkflowOutcome>> change,
        CancellationToken cancellationToken)
    {
        if (ReportReference.Normalise(reference) is not { } key || await LoadAsync(key, tracked: true, cancellationToken) is not { } report)
        {
            return ReportOutcome.NotFound(reference);
        }

        if (expectedVersion is not null && expectedVersion != report.Version.ToString("N"))
        {
            return Stale();
        }

        var actor = ReportActor.Of(user);
        var state = report.State;
        pending.Clear();
        var outcome = await change(report, actor, clock.GetUtcNow());
        if (!outcome.Succeeded)
        {
            // Nothing of the refused change may reach the database.
            db.ChangeTracker.Clear();
            if (outcome.Refusal == WorkflowRefusal.Forbidden)
            {
                await audit.WriteAsync(new AuditEntry(AuditCategory, action, AuditOutcome.Refused, report.Reference, outcome.Message), cancellationToken);
            }

            return ReportOutcome.From(outcome);
        }

        try
        {
            await outbox.SaveChangesAsync(db, pending.ToList(), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale();
        }

        if (report.State is ReportState.Published or ReportState.Withdrawn)
        {
            // The public pages are cached by the stamp: after the commit, so no reader keeps the old one.
            stamp.Forget();
        }

        await AuditAsync(action, report, $"{state} → {report.State} by {actor.Id}" + (report.State == ReportState.Published ? $", version {report.PublishedVersion}." : "."), cancellationToken);
        return ReportOutcome.Done(report);
    }

    private static ReportOutcome Stale() => ReportOutcome.Refused(ReportOutcomeStatus.Conflict,
        "The report changed since you read it: read it again and repeat your change.");

    private async Task<DecisionReport?> LoadAsync(string key, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Reports.Include(r => r.Part1).Include(r => r.Part2).Include(r => r.Attachments).AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(r => r.Reference == key, cancellationToken);
    }

    private Task AuditAsync(string action, DecisionReport report, string detail, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(AuditCategory, action, AuditOutcome.Success, report.Reference, detail), cancellationToken);
}
