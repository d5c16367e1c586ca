using Microsoft.EntityFrameworkCore;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Reports.Services;

/// <summary>Part 2 of a published version (the latest, or one by number), from its sensitive snapshot. Callers enforce the access rules.</summary>
internal sealed class SensitiveParts(PublicationsDbContext db, SafeMarkdown markdown) : ISensitiveParts
{
    public async Task<SensitivePart?> GetAsync(string reference, CancellationToken cancellationToken = default) =>
        await FindEntryAsync(reference, cancellationToken) is { } entry
            ? await ReadAsync(entry, entry.Version, entry.Title, entry.LastPublishedAt, cancellationToken)
            : null;

    public async Task<SensitivePart?> GetVersionAsync(string reference, int number, CancellationToken cancellationToken = default)
    {
        if (number < 1 || await FindEntryAsync(reference, cancellationToken) is not { } entry || number > entry.Version)
        {
            return null;
        }

        var published = await db.PublishedVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ReportId == entry.ReportId && v.Number == number, cancellationToken);
        if (published is null)
        {
            return null;
        }

        // The title as that version published it: a later version may have changed it.
        var title = ReportJson.Deserialize<PublicReportSnapshot>(published.PublicJson).Title;
        return await ReadAsync(entry, number, title, published.PublishedAt, cancellationToken);
    }

    private async Task<PublicReportEntry?> FindEntryAsync(string reference, CancellationToken cancellationToken) =>
        ReportReference.Normalise(reference) is { } key
            ? await db.PublicReports.AsNoTracking().SingleOrDefaultAsync(e => e.Reference == key, cancellationToken)
            : null;

    private async Task<SensitivePart?> ReadAsync(PublicReportEntry entry, int number, string title, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        var stored = await db.SensitivePartVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ReportId == entry.ReportId && v.Number == number, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var snapshot = ReportJson.Deserialize<SensitivePartSnapshot>(stored.SensitiveJson);
        if (snapshot.Sections.Count == 0 && snapshot.Attachments.Count == 0)
        {
            return null;
        }

        return new SensitivePart(
            entry.Reference,
            title,
            number,
            publishedAt,
            entry.IsWithdrawn,
            snapshot.Sections.Select(s => new SensitiveSection(s.Heading, s.Body, markdown.ToHtml(s.Body), s.ExemptionBasis, s.ReleaseCondition, s.ReleaseOn, s.ContractName)).ToList(),
            snapshot.Attachments.Select(a => new SensitiveAttachmentInfo(a.Id, a.Title, a.FileName, a.Kind, a.SizeBytes)).ToList());
    }
}
