using System.Security.Claims;
using Portal.Abstractions.Audit;
using Portal.Publications.Attachments;
using Portal.Publications.Reports;

namespace Portal.Publications.Sensitive.Services;

/// <summary>
/// The one way the Sensitive feature reads Part 2, after the OfficialSensitive policy let the caller in: the report
/// must have a published Part 2, the caller must hold a grant for it, and every read (and every refusal for want of
/// a grant) is written to the audit log with who, which report and which version. A refusal is a status only, so
/// no refusal can carry sensitive content.
/// </summary>
public sealed class Part2Reader(ISensitiveParts parts, IReportAttachmentFiles attachments, ReportAccessGrants grants, IAuditLog audit)
{
    public const string ReadAction = "part-2-read";
    public const string AttachmentReadAction = "part-2-attachment-read";
    public const string RefusedAction = "part-2-refused";

    public async Task<Part2Read> ReadAsync(string reference, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await grants.HoldsAsync(reference, user, cancellationToken))
        {
            return await RefuseUnlessUnknownAsync(reference, cancellationToken);
        }

        var part = await parts.GetAsync(reference, cancellationToken);
        if (part is null)
        {
            return Part2Read.NotFound;
        }

        await audit.WriteAsync(new AuditEntry(AuditCategories.SensitiveRead, ReadAction, AuditOutcome.Success, part.Reference,
            $"version {part.Version}"), cancellationToken);
        return new Part2Read(Part2ReadStatus.Read, part);
    }

    public async Task<Part2Read> OpenAttachmentAsync(string reference, Guid attachmentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await grants.HoldsAsync(reference, user, cancellationToken))
        {
            return await RefuseUnlessUnknownAsync(reference, cancellationToken);
        }

        var part = await parts.GetAsync(reference, cancellationToken);
        var file = part is null ? null : await attachments.OpenSensitiveAsync(reference, attachmentId, cancellationToken);
        if (part is null || file is null)
        {
            return Part2Read.NotFound;
        }

        await audit.WriteAsync(new AuditEntry(AuditCategories.SensitiveRead, AttachmentReadAction, AuditOutcome.Success, part.Reference,
            $"version {part.Version}, attachment {file.Id} ({file.FileName})"), cancellationToken);
        return new Part2Read(Part2ReadStatus.Read, part, file);
    }

    // An unknown reference is 404 for everyone (the list of published references is public anyway); a known one
    // without a grant is a refusal, audited, and what was read to tell the two apart goes no further than here.
    private async Task<Part2Read> RefuseUnlessUnknownAsync(string reference, CancellationToken cancellationToken)
    {
        var part = await parts.GetAsync(reference, cancellationToken);
        if (part is null)
        {
            return Part2Read.NotFound;
        }

        await audit.WriteAsync(new AuditEntry(AuditCategories.Refusal, RefusedAction, AuditOutcome.Refused, part.Reference,
            "no grant for the report"), cancellationToken);
        return Part2Read.NoGrant;
    }
}
