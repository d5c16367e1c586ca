using System.Text;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Tests.Public.Support;

/// <summary>
/// One portal for the public site and index tests, seeded once: in met, <see cref="BulkCount"/> plain reports (more
/// than a page), a report with a Part 2, a public and a sensitive attachment published in two versions
/// (<see cref="TwoPartReference"/>), and a withdrawn one; in city, two reports. Every publication and withdrawal also
/// went to the platform's index through the forces' outboxes.
/// </summary>
public sealed class PublicSiteFixture : IAsyncLifetime
{
    public const string Met = "met";
    public const string City = "city";
    public const int BulkCount = 22;
    public const string TwoPartReference = "MET-2026-100";
    public const string WithdrawnReference = "MET-2026-200";
    public const string WithdrawalReason = "Superseded by the decision in MET-2026-100.";
    public const string SecondChangeNote = "Corrected the figures in the financial section.";
    public const string ScriptInPart1 = "<script>alert('part-1')</script>";

    /// <summary>Written into Part 2 headings, bodies, contract names and the sensitive attachment: must never be served publicly.</summary>
    public static readonly string Marker = "CANARY-" + Guid.NewGuid().ToString("N");

    public PublicSitePortalFactory Factory { get; } = new();

    public List<SeededReport> Seeded { get; } = [];

    public Guid PublicAttachmentId { get; } = Guid.NewGuid();

    public Guid SensitiveAttachmentId { get; } = Guid.NewGuid();

    public static readonly byte[] PublicPdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    public async Task InitializeAsync()
    {
        var seeder = new PublicationSeeder(Factory);
        for (var i = 1; i <= BulkCount; i++)
        {
            var decisionMaker = i % 2 == 0 ? "Deputy Commissioner" : "Commissioner";
            var year = i % 2 == 0 ? 2026 : 2025;
            string[] tags = i % 3 == 0 ? ["Estates"] : ["Technology", "Contact centres"];
            var report = Draft($"MET-BULK-{i:00}", $"Bulk decision number {i}", decisionMaker, new DateOnly(year, 1 + (i % 12), 1 + i), tags);
            await seeder.PublishNewAsync(Met, report);
            Seeded.Add(new SeededReport(Met, report.Reference, report.Title, decisionMaker, year, tags, false));
        }

        var twoPart = TwoPartDraft();
        await seeder.PublishNewAsync(Met, twoPart, new Dictionary<Guid, byte[]>
        {
            [PublicAttachmentId] = PublicPdf,
            [SensitiveAttachmentId] = Encoding.ASCII.GetBytes("%PDF-1.7\n% " + Marker + "\n%%EOF\n"),
        });
        await seeder.PublishNextVersionAsync(Met, TwoPartReference, r => r.Summary = "Approval to move the control room to the new building, with corrected figures.", SecondChangeNote);
        Seeded.Add(new SeededReport(Met, TwoPartReference, twoPart.Title, twoPart.DecisionMaker, 2026, twoPart.Tags, false));

        var withdrawn = Draft(WithdrawnReference, "Leasing a temporary control room", "Commissioner", new DateOnly(2026, 2, 3), ["Estates"]);
        await seeder.PublishNewAsync(Met, withdrawn);
        await seeder.WithdrawAsync(Met, WithdrawnReference, WithdrawalReason);
        Seeded.Add(new SeededReport(Met, WithdrawnReference, withdrawn.Title, "Commissioner", 2026, withdrawn.Tags, true));

        foreach (var (reference, title) in new[] { ("CITY-2026-001", "Body-worn video for the City"), ("CITY-2026-002", "Replacing the City's radio consoles") })
        {
            var report = Draft(reference, title, "Commissioner of the City", new DateOnly(2026, 6, 1), ["Technology"]);
            await seeder.PublishNewAsync(City, report);
            Seeded.Add(new SeededReport(City, reference, title, report.DecisionMaker, 2026, report.Tags, false));
        }
    }

    public IReadOnlyList<SeededReport> Of(string tenant) => Seeded.Where(s => s.Tenant == tenant).ToList();

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public static DecisionReport Draft(string reference, string title, string decisionMaker, DateOnly decided, string[] tags)
    {
        var id = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        return new DecisionReport
        {
            Id = id,
            Reference = reference,
            Title = title,
            Summary = $"Summary of {title.ToLowerInvariant()}.",
            DecisionMaker = decisionMaker,
            DecisionDate = decided,
            Tags = [.. tags],
            AuthorId = PublicationSeeder.Author.Id,
            AuthorName = PublicationSeeder.Author.Name,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = PublicationSeeder.Author.Id,
            Part1 =
            [
                new Part1Section { Id = Guid.NewGuid(), ReportId = id, Position = 0, Kind = Part1SectionKind.ExecutiveSummary, Heading = "Executive summary", Body = $"Why {title.ToLowerInvariant()} is needed.", Classification = Classification.OfficialPublic },
                new Part1Section { Id = Guid.NewGuid(), ReportId = id, Position = 1, Kind = Part1SectionKind.Recommendations, Heading = "Recommendations", Body = "1. Approve it.", Classification = Classification.OfficialPublic },
            ],
        };
    }

    private DecisionReport TwoPartDraft()
    {
        var report = Draft(TwoPartReference, "Moving the control room", "Deputy Commissioner", new DateOnly(2026, 9, 14), ["Estates", "Contact centres"]);
        report.Part1.Add(new Part1Section
        {
            Id = Guid.NewGuid(), ReportId = report.Id, Position = 2, Kind = Part1SectionKind.Financial, Heading = "Financial",
            Body = $"The move costs less than staying. {ScriptInPart1} [details](javascript:alert(1)) <img src=x onerror=alert(2)>",
            Classification = Classification.OfficialPublic,
        });
        report.Part2.Add(new Part2Section
        {
            Id = Guid.NewGuid(), ReportId = report.Id, Position = 0, Heading = "Commercial detail " + Marker, Body = "The lease price is " + Marker + ".",
            Classification = Classification.OfficialSensitive, ExemptionBasis = "Section 43, commercial interests",
            ReleaseCondition = ReleaseConditionKind.ContractExpiry, ReleaseOn = new DateOnly(2031, 3, 31), ContractName = "Lease " + Marker,
        });
        var now = DateTimeOffset.UtcNow;
        report.Attachments.Add(new ReportAttachment
        {
            Id = PublicAttachmentId, ReportId = report.Id, Title = "Floor plan", FileName = "floor-plan.pdf", Kind = AttachmentKind.Pdf,
            ContentType = "application/pdf", SizeBytes = PublicPdf.Length, Sha256 = new string('a', 64), Classification = Classification.OfficialPublic,
            UploadedAt = now, UploadedBy = PublicationSeeder.Author.Id,
        });
        report.Attachments.Add(new ReportAttachment
        {
            Id = SensitiveAttachmentId, ReportId = report.Id, Title = "Lease terms " + Marker, FileName = "lease-" + Marker + ".pdf", Kind = AttachmentKind.Pdf,
            ContentType = "application/pdf", SizeBytes = 64, Sha256 = new string('b', 64), Classification = Classification.OfficialSensitive,
            UploadedAt = now.AddSeconds(1), UploadedBy = PublicationSeeder.Author.Id,
        });
        return report;
    }
}
