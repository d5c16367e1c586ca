using Microsoft.EntityFrameworkCore;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Tests.Support;

/// <summary>Takes reports in a store through the workflow as the authoring service does: publish, edit and republish, withdraw.</summary>
internal static class StoreWorkflow
{
    private static readonly WorkflowActor Publisher = new("publisher-1", "Pat Publisher");

    /// <summary>A draft changed by <paramref name="edit"/>, then submitted and approved by a second person.</summary>
    public static DecisionReport Approved(string reference, Action<DecisionReport> edit)
    {
        var report = SampleReports.Draft(reference);
        edit(report);
        Assert.True(ReportWorkflow.Submit(report, SampleReports.Author, SampleReports.Now).Succeeded);
        Assert.True(ReportWorkflow.Approve(report, SampleReports.Reviewer, SampleReports.Now).Succeeded);
        return report;
    }

    /// <summary>Stores the approved new <paramref name="report"/> and publishes its first version.</summary>
    public static async Task PublishNewAsync(this IPublicationsStore store, DecisionReport report)
    {
        await using var db = store.NewContext();
        db.Reports.Add(report);
        await PublishAsync(db, report, null);
    }

    /// <summary>Edits the published report's working copy, takes it through review again and publishes the next version.</summary>
    public static async Task PublishNextVersionAsync(this IPublicationsStore store, string reference, Action<DecisionReport> edit)
    {
        await using var db = store.NewContext();
        var report = await LoadAsync(db, reference);
        Assert.True(ReportWorkflow.CanEdit(report).Succeeded);
        edit(report);
        ReportWorkflow.MarkEdited(report, SampleReports.Author, SampleReports.Now);
        Assert.True(ReportWorkflow.Submit(report, SampleReports.Author, SampleReports.Now).Succeeded);
        Assert.True(ReportWorkflow.Approve(report, SampleReports.Reviewer, SampleReports.Now).Succeeded);
        await PublishAsync(db, report, "Updated the text.");
    }

    public static async Task WithdrawAsync(this IPublicationsStore store, string reference)
    {
        await using var db = store.NewContext();
        var report = await LoadAsync(db, reference);
        Assert.True(ReportWorkflow.Withdraw(report, Publisher, "Superseded by a later decision.", SampleReports.Now).Succeeded);
        await new PublicationRecorder(db).RecordWithdrawalAsync(report, SampleReports.Now, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private static async Task<DecisionReport> LoadAsync(PublicationsDbContext db, string reference) =>
        await db.Reports.Include(r => r.Part1).Include(r => r.Part2).Include(r => r.Attachments).SingleAsync(r => r.Reference == reference);

    private static async Task PublishAsync(PublicationsDbContext db, DecisionReport report, string? changeNote)
    {
        var outcome = ReportWorkflow.Publish(report, Publisher, changeNote, SampleReports.Now);
        Assert.True(outcome.Succeeded, outcome.Message);
        await new PublicationRecorder(db).RecordPublicationAsync(report, ReportWorkflow.ChangeNoteFor(changeNote), Publisher, SampleReports.Now, CancellationToken.None);
        await db.SaveChangesAsync();
    }
}
