using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Benchmarks.PortalApp;
using Portal.Host.Shell;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;

namespace Portal.Benchmarks.Publications;

/// <summary>
/// Publishes <see cref="ReportCorpus"/> into a tenant's own store through the module's own code: each report is read
/// in by <see cref="ReportInputMapper"/>, checked by <see cref="ReportContentRules"/>, taken Draft → InReview → Approved
/// → Published by <see cref="ReportWorkflow"/> (an author submits, another person approves and publishes) and recorded
/// by <see cref="PublicationRecorder"/>, which writes the version snapshots and the public row the search reads (the
/// store's own triggers or generated column index it). What is skipped is what a search never reads: the audit
/// entries and the platform index's events, and a save per step: reports are saved <see cref="BatchSize"/> at a time,
/// which takes seconds where 40,000 authoring API calls (four per report) would take many minutes.
/// </summary>
public sealed class ReportStoreSeeder(PortalServer portal)
{
    public const int BatchSize = 250;

    private static readonly WorkflowActor Author = new("author@bench.localhost", "Benchmark author");
    private static readonly WorkflowActor Approver = new("approver@bench.localhost", "Benchmark approver");

    /// <summary>Publishes reports 0 to <paramref name="count"/> - 1 in <paramref name="tenant"/>; returns how long it took.</summary>
    public async Task<TimeSpan> SeedAsync(string tenant, int count, CancellationToken cancellationToken = default)
    {
        var settings = await portal.Services.GetRequiredService<IShellSettingsManager>().FindAsync(tenant, cancellationToken)
            ?? throw new InvalidOperationException($"No tenant {tenant}.");
        var shell = await portal.Services.GetRequiredService<ShellHost>().GetOrCreateAsync(settings);
        // Published over the last two years in corpus order, so the feed (and the page cache's stamp) has an order.
        var start = DateTimeOffset.UtcNow.AddDays(-730);
        var step = TimeSpan.FromDays(730) / Math.Max(1, count);
        var clock = Stopwatch.StartNew();
        for (var first = 0; first < count; first += BatchSize)
        {
            // A fresh context per batch: the change tracker's cost grows with what it holds.
            await using var scope = shell.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PublicationsDbContext>();
            var recorder = scope.ServiceProvider.GetRequiredService<PublicationRecorder>();
            for (var index = first; index < Math.Min(first + BatchSize, count); index++)
            {
                await PublishAsync(db, recorder, index, start + step * index, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using var check = shell.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<PublicationsDbContext>().PublicReports.CountAsync(cancellationToken);
        if (stored < count)
        {
            throw new InvalidOperationException($"Seeded {count} reports into {tenant} but its store lists {stored} public reports.");
        }

        return clock.Elapsed;
    }

    private static async Task PublishAsync(PublicationsDbContext db, PublicationRecorder recorder, int index, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var input = ReportCorpus.Report(index);
        var report = new DecisionReport
        {
            Id = Guid.NewGuid(),
            Reference = ReportReference.Normalise(input.Reference) ?? throw new InvalidOperationException($"Bad reference {input.Reference}."),
            AuthorId = Author.Id,
            AuthorName = Author.Name,
            State = ReportState.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = Author.Id,
        };
        var errors = ReportInputMapper.Apply(report, input).Concat(ReportContentRules.Validate(report)).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Corpus report {input.Reference} is not valid: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }

        db.Reports.Add(report);
        Step(input.Reference!, "submitted", ReportWorkflow.Submit(report, Author, now));
        Step(input.Reference!, "approved", ReportWorkflow.Approve(report, Approver, now));
        Step(input.Reference!, "published", ReportWorkflow.Publish(report, Approver, null, now));
        await recorder.RecordPublicationAsync(report, ReportWorkflow.ChangeNoteFor(null), Approver, now, cancellationToken);
    }

    private static void Step(string reference, string step, WorkflowOutcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Corpus report {reference} was not {step}: {outcome.Message}");
        }
    }
}
