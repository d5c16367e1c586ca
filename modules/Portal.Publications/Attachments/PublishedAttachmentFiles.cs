using Microsoft.EntityFrameworkCore;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Attachments;

/// <summary>
/// Serves an attachment only when the latest published version lists it in the part matching the method asked: the
/// public snapshot lists OFFICIAL-PUBLIC ones, the sensitive snapshot OFFICIAL-SENSITIVE ones. The stored
/// classification is checked as well, so a snapshot and a row that disagree serve nothing.
/// </summary>
internal sealed class PublishedAttachmentFiles(PublicationsDbContext db) : IReportAttachmentFiles
{
    public async Task<AttachmentFile?> OpenPublicAsync(string reference, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var entry = await FindEntryAsync(reference, cancellationToken);
        if (entry is null || entry.IsWithdrawn)
        {
            return null;
        }

        var version = await db.PublishedVersions.AsNoTracking()
            .SingleAsync(v => v.ReportId == entry.ReportId && v.Number == entry.Version, cancellationToken);
        var listed = ReportJson.Deserialize<PublicReportSnapshot>(version.PublicJson).Attachments.Any(a => a.Id == attachmentId);
        return listed ? await LoadAsync(entry.ReportId, attachmentId, Classification.OfficialPublic, cancellationToken) : null;
    }

    public async Task<AttachmentFile?> OpenSensitiveAsync(string reference, Guid attachmentId, CancellationToken cancellationToken = default)
    {
        var entry = await FindEntryAsync(reference, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var version = await db.SensitivePartVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ReportId == entry.ReportId && v.Number == entry.Version, cancellationToken);
        var listed = version is not null && ReportJson.Deserialize<SensitivePartSnapshot>(version.SensitiveJson).Attachments.Any(a => a.Id == attachmentId);
        return listed ? await LoadAsync(entry.ReportId, attachmentId, Classification.OfficialSensitive, cancellationToken) : null;
    }

    private async Task<PublicReportEntry?> FindEntryAsync(string reference, CancellationToken cancellationToken) =>
        ReportReference.Normalise(reference) is { } key
            ? await db.PublicReports.AsNoTracking().SingleOrDefaultAsync(e => e.Reference == key, cancellationToken)
            : null;

    private async Task<AttachmentFile?> LoadAsync(Guid reportId, Guid attachmentId, Classification classification, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.ReportId == reportId && a.Classification == classification, cancellationToken);
        if (attachment is null)
        {
            return null;
        }

        var content = await db.AttachmentContents.AsNoTracking().SingleAsync(c => c.AttachmentId == attachmentId, cancellationToken);
        return new AttachmentFile(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Kind, attachment.Sha256, attachment.Classification, content.Bytes);
    }
}
