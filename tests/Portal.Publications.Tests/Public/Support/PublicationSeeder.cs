using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Shell;
using Portal.Contracts;
using Portal.Contracts.Publications;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Tests.Public.Support;

/// <summary>
/// Publishes and withdraws reports in a force the way the workflow does: the domain steps, the recorder's snapshots
/// and the integration event to the platform, committed together through the tenant's outbox.
/// </summary>
internal sealed class PublicationSeeder(PublicSitePortalFactory factory)
{
    public static readonly WorkflowActor Author = new("author-1", "Alex Author");
    public static readonly WorkflowActor Reviewer = new("reviewer-1", "Robin Reviewer");
    public static readonly WorkflowActor Publisher = new("publisher-1", "Pat Publisher");

    /// <summary>Stores <paramref name="draft"/> (complete, with any attachment bytes) and takes it through review, approval and publication.</summary>
    public Task PublishNewAsync(string tenant, DecisionReport draft, IReadOnlyDictionary<Guid, byte[]>? files = null) => factory.InTenantAsync(tenant, async services =>
    {
        var db = services.GetRequiredService<PublicationsDbContext>();
        db.Reports.Add(draft);
        foreach (var (id, bytes) in files ?? new Dictionary<Guid, byte[]>())
        {
            db.AttachmentContents.Add(new AttachmentContent { AttachmentId = id, Bytes = bytes });
        }

        await PublishTrackedAsync(services, db, tenant, draft, changeNote: null);
        return true;
    });

    /// <summary>Edits the published report <paramref name="reference"/> and publishes the edit as its next version.</summary>
    public Task PublishNextVersionAsync(string tenant, string reference, Action<DecisionReport> edit, string changeNote) => factory.InTenantAsync(tenant, async services =>
    {
        var db = services.GetRequiredService<PublicationsDbContext>();
        var report = await LoadAsync(db, reference);
        ReportWorkflow.MarkEdited(report, Author, DateTimeOffset.UtcNow);
        edit(report);
        await PublishTrackedAsync(services, db, tenant, report, changeNote);
        return true;
    });

    private static async Task PublishTrackedAsync(IServiceProvider services, PublicationsDbContext db, string tenant, DecisionReport report, string? changeNote)
    {
        var now = DateTimeOffset.UtcNow;
        var submitted = ReportWorkflow.Submit(report, Author, now);
        Assert.True(submitted.Succeeded, submitted.Message + string.Join("; ", submitted.Errors));
        Assert.True(ReportWorkflow.Approve(report, Reviewer, now).Succeeded, "approve");
        var outcome = ReportWorkflow.Publish(report, Publisher, changeNote, now);
        Assert.True(outcome.Succeeded, outcome.Message);
        var note = ReportWorkflow.ChangeNoteFor(changeNote);
        await new PublicationRecorder(db).RecordPublicationAsync(report, note, Publisher, now, CancellationToken.None);
        IIntegrationEvent published = new PublicationPublished(tenant, tenant, ShellSettings.DefaultName, report.Reference, report.Title, report.Summary,
            report.DecisionMaker, report.DecisionDate, [.. report.Tags], report.PublishedVersion, note, now);
        await services.GetRequiredService<IEventOutbox>().SaveChangesAsync(db, [published]);
        // As ReportAuthoring does after its commit: the public pages' cache stamp is read again.
        services.GetRequiredService<PublicationStamp>().Forget();
    }

    private static Task<DecisionReport> LoadAsync(PublicationsDbContext db, string reference) =>
        db.Reports.Include(r => r.Part1).Include(r => r.Part2).Include(r => r.Attachments).SingleAsync(r => r.Reference == reference);

    public Task WithdrawAsync(string tenant, string reference, string reason) => factory.InTenantAsync(tenant, async services =>
    {
        var db = services.GetRequiredService<PublicationsDbContext>();
        var report = await LoadAsync(db, reference);
        var now = DateTimeOffset.UtcNow;
        var outcome = ReportWorkflow.Withdraw(report, Publisher, reason, now);
        Assert.True(outcome.Succeeded, outcome.Message);
        await new PublicationRecorder(db).RecordWithdrawalAsync(report, now, CancellationToken.None);
        IIntegrationEvent withdrawn = new PublicationWithdrawn(tenant, tenant, ShellSettings.DefaultName, report.Reference, report.Title, reason, now);
        await services.GetRequiredService<IEventOutbox>().SaveChangesAsync(db, [withdrawn]);
        services.GetRequiredService<PublicationStamp>().Forget();
        return true;
    });
}
