using Microsoft.EntityFrameworkCore;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Reports.Services;

/// <summary>Part 2 of the latest published version, from its sensitive snapshot. Callers enforce the access rules.</summary>
internal sealed class SensitiveParts(PublicationsDbContext db, SafeMarkdown markdown) : ISensitiveParts
{
    public async Task<SensitivePart?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        if (ReportReference.Normalise(reference) is not { } key)
        {
            return null;
        }

        var entry = await db.PublicReports.AsNoTracking().SingleOrDefaultAsync(e => e.Reference == key, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var stored = await db.SensitivePartVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ReportId == entry.ReportId && v.Number == entry.Version, cancellationToken);
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
            entry.Title,
            entry.Version,
            entry.LastPublishedAt,
            entry.IsWithdrawn,
            snapshot.Sections.Select(s => new SensitiveSection(s.Heading, s.Body, markdown.ToHtml(s.Body), s.ExemptionBasis, s.ReleaseCondition, s.ReleaseOn, s.ContractName)).ToList(),
            snapshot.Attachments.Select(a => new SensitiveAttachmentInfo(a.Id, a.Title, a.FileName, a.Kind, a.SizeBytes)).ToList());
    }
}
