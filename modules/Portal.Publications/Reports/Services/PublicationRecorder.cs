using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Services;

/// <summary>
/// Writes what a publication or withdrawal leaves behind, into the caller's unit of work (the caller saves, with its
/// events, in one transaction): the immutable version snapshots, public and sensitive apart, and the public row.
/// After committing, the caller calls <see cref="PublicationStamp.Forget"/>, so the public pages show the change at once.
/// </summary>
public sealed class PublicationRecorder(PublicationsDbContext db)
{
    /// <summary>Call after <see cref="ReportWorkflow.Publish"/> succeeded on <paramref name="report"/>.</summary>
    public async Task RecordPublicationAsync(DecisionReport report, string changeNote, WorkflowActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.PublishedVersions.Add(new PublishedVersion
        {
            ReportId = report.Id,
            Number = report.PublishedVersion,
            ChangeNote = changeNote,
            PublishedAt = now,
            PublishedBy = actor.Id,
            PublicJson = ReportJson.Serialize(ReportSnapshots.Public(report)),
        });
        db.SensitivePartVersions.Add(new SensitivePartVersion
        {
            ReportId = report.Id,
            Number = report.PublishedVersion,
            SensitiveJson = ReportJson.Serialize(ReportSnapshots.Sensitive(report)),
        });

        var entry = await db.PublicReports.FindAsync([report.Id], cancellationToken);
        if (entry is null)
        {
            entry = new PublicReportEntry();
            db.PublicReports.Add(entry);
        }

        ReportSnapshots.ApplyPublication(entry, report, now);
    }

    /// <summary>Call after <see cref="ReportWorkflow.Withdraw"/> succeeded on <paramref name="report"/>.</summary>
    public async Task RecordWithdrawalAsync(DecisionReport report, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entry = await db.PublicReports.FindAsync([report.Id], cancellationToken)
            ?? throw new InvalidOperationException($"Report {report.Reference} was published but has no public row.");
        ReportSnapshots.ApplyWithdrawal(entry, report, now);
    }
}
