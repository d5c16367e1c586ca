using Microsoft.EntityFrameworkCore;
using Portal.Publications.Authoring.ViewModels;
using Portal.Publications.Reports.Data;

namespace Portal.Publications.Authoring.Services;

/// <summary>The published versions of a report with their change notes, newest first, for the editors' report page (never the snapshots themselves).</summary>
public sealed class ReportHistory(PublicationsDbContext db)
{
    public async Task<IReadOnlyList<VersionRow>> VersionsAsync(Guid reportId, CancellationToken cancellationToken)
    {
        var rows = await db.PublishedVersions.AsNoTracking()
            .Where(v => v.ReportId == reportId)
            .Select(v => new VersionRow(v.Number, v.ChangeNote, v.PublishedAt, v.PublishedBy))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(v => v.Number).ToList();
    }
}
