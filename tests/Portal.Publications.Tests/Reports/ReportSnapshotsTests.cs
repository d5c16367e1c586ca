using System.Text.Json;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Reports;

public sealed class ReportSnapshotsTests
{
    private const string Marker = "CANARY-51c0-PART2";

    [Fact]
    public void The_public_snapshot_carries_no_part_2_heading_body_or_contract()
    {
        var report = SampleReports.Draft(part2Body: Marker);
        report.Part2[0].Heading = Marker + "-heading";
        report.Part2[0].ContractName = Marker + "-contract";

        var json = JsonSerializer.Serialize(ReportSnapshots.Public(report));

        Assert.DoesNotContain(Marker, json, StringComparison.Ordinal);
        Assert.Contains("Section 43, commercial interests", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, ReportSnapshots.SearchText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_or_attachment_classified_sensitive_never_reaches_the_public_snapshot()
    {
        var report = SampleReports.Draft();
        report.Part1[0].Classification = Classification.OfficialSensitive;
        report.Part1[0].Body = Marker;
        report.Attachments.Add(new ReportAttachment { Id = Guid.NewGuid(), Title = "Price schedule", FileName = Marker + ".pdf", Kind = AttachmentKind.Pdf, Classification = Classification.OfficialSensitive });
        report.Attachments.Add(new ReportAttachment { Id = Guid.NewGuid(), Title = "Map", FileName = "map.pdf", Kind = AttachmentKind.Pdf, Classification = Classification.OfficialPublic });

        var snapshot = ReportSnapshots.Public(report);

        Assert.DoesNotContain(Marker, JsonSerializer.Serialize(snapshot), StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, ReportSnapshots.SearchText(report), StringComparison.Ordinal);
        Assert.Equal("map.pdf", Assert.Single(snapshot.Attachments).FileName);
        Assert.Equal(Marker + ".pdf", Assert.Single(ReportSnapshots.Sensitive(report).Attachments).FileName);
    }

    [Fact]
    public void Removed_attachments_leave_the_next_version()
    {
        var report = SampleReports.Draft();
        report.Attachments.Add(new ReportAttachment { Id = Guid.NewGuid(), Title = "Old", FileName = "old.csv", Kind = AttachmentKind.Csv, Classification = Classification.OfficialPublic, RemovedAt = SampleReports.Now });

        Assert.Empty(ReportSnapshots.Public(report).Attachments);
    }
}
