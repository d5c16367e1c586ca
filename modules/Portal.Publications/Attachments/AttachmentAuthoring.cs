using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Attachments;

/// <summary>
/// Adds and removes the attachments of a report's working copy. Only a draft changes (a published report is edited
/// first, which starts its next version as a draft); each change is a change of the report (new ETag, any approval
/// void), saved in one transaction with the bytes and audited. The bytes live in the tenant's own database
/// (<see cref="AttachmentContent"/>): a file is at most the configured limit, it goes in with its metadata or not at
/// all, and it is backed up, isolated and deleted with the tenant. A refusal stores nothing.
/// </summary>
public sealed class AttachmentAuthoring(PublicationsDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<(DecisionReport? Report, IReadOnlyList<ReportAttachment> Attachments)> ListAsync(string reference, CancellationToken cancellationToken)
    {
        if (ReportReference.Normalise(reference) is not { } key
            || await db.Reports.AsNoTracking().Include(r => r.Attachments).SingleOrDefaultAsync(r => r.Reference == key, cancellationToken) is not { } report)
        {
            return (null, []);
        }

        return (report, report.Attachments.Where(a => a.RemovedAt is null).OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName, StringComparer.Ordinal).ToList());
    }

    /// <summary>Checks <paramref name="upload"/> (type by content, classification) and adds it to the draft. <paramref name="expectedVersion"/> is optional; stale: 409.</summary>
    public async Task<AttachmentOutcome> AddAsync(string reference, string? expectedVersion, AttachmentUpload upload, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (report, refusal) = await LoadDraftAsync(reference, expectedVersion, cancellationToken);
        if (report is null)
        {
            return AttachmentOutcome.Refused(refusal!);
        }

        if (ClassificationMarkings.Parse(upload.Classification) is not { } classification)
        {
            return AttachmentOutcome.Invalid(new FieldError("classification", "Choose OFFICIAL-PUBLIC (published with Part 1) or OFFICIAL-SENSITIVE (Part 2 only)."));
        }

        var (kind, typeError) = AttachmentTypeCheck.Check(upload.FileName, upload.DeclaredContentType, upload.Content);
        if (typeError is not null)
        {
            return AttachmentOutcome.Invalid(typeError);
        }

        if (report.Attachments.Count(a => a.RemovedAt is null) >= ReportLimits.Attachments)
        {
            return AttachmentOutcome.Refused(ReportOutcome.Refused(ReportOutcomeStatus.Conflict,
                $"A report has at most {ReportLimits.Attachments} attachments: remove one first."));
        }

        var actor = ReportActor.Of(user);
        var now = clock.GetUtcNow();
        var attachment = new ReportAttachment
        {
            Id = Guid.NewGuid(),
            ReportId = report.Id,
            Title = upload.Title,
            FileName = upload.FileName,
            Kind = kind!.Value,
            ContentType = AttachmentSniffer.ContentType(kind.Value),
            SizeBytes = upload.Content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content)),
            Classification = classification,
            UploadedAt = now,
            UploadedBy = actor.Id,
        };
        db.Attachments.Add(attachment);
        db.AttachmentContents.Add(new AttachmentContent { AttachmentId = attachment.Id, Bytes = upload.Content });
        ReportWorkflow.MarkEdited(report, actor, now);
        if (!await SaveAsync(cancellationToken))
        {
            return AttachmentOutcome.Refused(Stale());
        }

        await AuditAsync("attachment-added", report, $"{attachment.Id}: {attachment.Kind}, {attachment.SizeBytes} bytes, SHA-256 {attachment.Sha256}, "
            + $"{classification.Marking()}, by {actor.Id}.", cancellationToken);
        return new AttachmentOutcome(ReportOutcome.Done(report), attachment);
    }

    /// <summary>
    /// Takes an attachment off the draft; <paramref name="expectedVersion"/> (If-Match) is required. One that a
    /// published version lists keeps its bytes (that version still serves it); any other is deleted for good.
    /// </summary>
    public async Task<AttachmentOutcome> RemoveAsync(string reference, Guid attachmentId, string? expectedVersion, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (expectedVersion is null)
        {
            return AttachmentOutcome.Refused(ReportOutcome.Refused(ReportOutcomeStatus.PreconditionRequired,
                "Send If-Match with the ETag of the report you read, so that no one else's change is overwritten."));
        }

        var (report, refusal) = await LoadDraftAsync(reference, expectedVersion, cancellationToken);
        if (report is null)
        {
            return AttachmentOutcome.Refused(refusal!);
        }

        if (report.Attachments.SingleOrDefault(a => a.Id == attachmentId && a.RemovedAt is null) is not { } attachment)
        {
            return AttachmentOutcome.Refused(new ReportOutcome(ReportOutcomeStatus.NotFound, null,
                $"Report {report.Reference} has no attachment {attachmentId}.", new Dictionary<string, string[]>()));
        }

        var actor = ReportActor.Of(user);
        var now = clock.GetUtcNow();
        var keep = await IsInAPublishedVersionAsync(report.Id, attachmentId, cancellationToken);
        if (keep)
        {
            attachment.RemovedAt = now;
        }
        else
        {
            report.Attachments.Remove(attachment);
            db.Attachments.Remove(attachment);
            db.AttachmentContents.Remove(new AttachmentContent { AttachmentId = attachmentId });
        }

        ReportWorkflow.MarkEdited(report, actor, now);
        if (!await SaveAsync(cancellationToken))
        {
            return AttachmentOutcome.Refused(Stale());
        }

        await AuditAsync("attachment-removed", report, $"{attachmentId} by {actor.Id}" + (keep ? "; a published version still lists it." : "; deleted."), cancellationToken);
        return new AttachmentOutcome(ReportOutcome.Done(report), attachment);
    }

    private async Task<(DecisionReport? Report, ReportOutcome? Refusal)> LoadDraftAsync(string reference, string? expectedVersion, CancellationToken cancellationToken)
    {
        if (ReportReference.Normalise(reference) is not { } key
            || await db.Reports.Include(r => r.Attachments).SingleOrDefaultAsync(r => r.Reference == key, cancellationToken) is not { } report)
        {
            return (null, ReportOutcome.NotFound(reference));
        }

        if (expectedVersion is not null && expectedVersion != report.Version.ToString("N"))
        {
            return (null, Stale());
        }

        return report.State switch
        {
            ReportState.Draft => (report, null),
            ReportState.Published => (null, ReportOutcome.Refused(ReportOutcomeStatus.Conflict,
                "A published report's attachments change in its next version: edit the report first (it goes back to draft), then change them.")),
            ReportState.Withdrawn => (null, ReportOutcome.Refused(ReportOutcomeStatus.Conflict, "The report was withdrawn and can no longer be changed.")),
            _ => (null, ReportOutcome.Refused(ReportOutcomeStatus.Conflict, "The report is with its reviewers: return it to draft before changing its attachments.")),
        };
    }

    // The snapshots are the only record of what a version listed; a report has few versions, so reading them is cheap.
    private async Task<bool> IsInAPublishedVersionAsync(Guid reportId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var publicJson = await db.PublishedVersions.AsNoTracking().Where(v => v.ReportId == reportId).Select(v => v.PublicJson).ToListAsync(cancellationToken);
        if (publicJson.Any(json => ReportJson.Deserialize<PublicReportSnapshot>(json).Attachments.Any(a => a.Id == attachmentId)))
        {
            return true;
        }

        var sensitiveJson = await db.SensitivePartVersions.AsNoTracking().Where(v => v.ReportId == reportId).Select(v => v.SensitiveJson).ToListAsync(cancellationToken);
        return sensitiveJson.Any(json => ReportJson.Deserialize<SensitivePartSnapshot>(json).Attachments.Any(a => a.Id == attachmentId));
    }

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static ReportOutcome Stale() => ReportOutcome.Refused(ReportOutcomeStatus.Conflict,
        "The report changed since you read it: read it again and repeat your change.");

    private Task AuditAsync(string action, DecisionReport report, string detail, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(ReportAuthoring.AuditCategory, action, AuditOutcome.Success, report.Reference, detail), cancellationToken);
}
