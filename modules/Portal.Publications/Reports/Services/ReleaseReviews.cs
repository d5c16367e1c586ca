using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Reports.Services;

/// <summary>
/// The editors' review tasks: a published report's Part 2 section whose release date (fixed, or its contract's
/// expiry) has arrived and that no editor has reviewed since. Computed on every read, so a task appears the day its
/// date arrives without any background job; an editor records the review. Nothing is ever published automatically:
/// releasing text means moving it to Part 1 through the normal workflow.
/// </summary>
public sealed class ReleaseReviews(PublicationsDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ReleaseReviewResponse>> DueAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var due = await (
            from section in db.Part2Sections.AsNoTracking()
            join report in db.Reports.AsNoTracking() on section.ReportId equals report.Id
            where section.ReleaseOn <= today && section.ReleaseReviewedAt == null
                && report.PublishedVersion > 0 && report.State != ReportState.Withdrawn
            select new { report.Reference, report.Title, section.Id, section.Heading, section.ExemptionBasis, section.ReleaseCondition, section.ReleaseOn, section.ContractName })
            .ToListAsync(cancellationToken);
        return due
            .OrderBy(d => d.ReleaseOn).ThenBy(d => d.Reference, StringComparer.Ordinal)
            .Select(d => new ReleaseReviewResponse(d.Reference, d.Title, d.Id, d.Heading, d.ExemptionBasis, d.ReleaseCondition.ToString(), d.ReleaseOn, d.ContractName))
            .ToList();
    }

    /// <summary>Records that an editor reviewed a due section; false when no such task is due.</summary>
    public async Task<bool> MarkReviewedAsync(Guid sectionId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var due = await DueAsync(cancellationToken);
        var task = due.FirstOrDefault(d => d.SectionId == sectionId);
        if (task is null)
        {
            return false;
        }

        var section = await db.Part2Sections.SingleAsync(s => s.Id == sectionId, cancellationToken);
        var actor = ReportActor.Of(user);
        section.ReleaseReviewedAt = clock.GetUtcNow();
        section.ReleaseReviewedBy = actor.Id;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(ReportAuthoring.AuditCategory, "release-reviewed", AuditOutcome.Success, task.Reference,
            $"Part 2 section {sectionId} due for release on {task.ReleaseOn:yyyy-MM-dd} reviewed by {actor.Id}."), cancellationToken);
        return true;
    }
}
