using System.Text;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Search;

namespace Portal.Publications.Reports.Services;

/// <summary>
/// Splits a report being published into what the public may read and what stays in Part 2. The split is by part
/// AND by classification, so an item in the wrong place (which validation refuses anyway) lands on the sensitive side,
/// never the public one.
/// </summary>
internal static class ReportSnapshots
{
    public static PublicReportSnapshot Public(DecisionReport report) => new(
        report.Title,
        report.Summary,
        report.DecisionMaker,
        report.DecisionDate,
        [.. report.Tags],
        report.AuthorName,
        PublicSections(report).Select(s => new PublicSectionSnapshot(s.Kind, s.Heading, s.Body)).ToList(),
        report.Part2.OrderBy(s => s.Position).Select(s => new ExemptionSnapshot(s.ExemptionBasis, s.ReleaseCondition, s.ReleaseOn)).ToList(),
        CurrentAttachments(report, Classification.OfficialPublic));

    public static SensitivePartSnapshot Sensitive(DecisionReport report) => new(
        report.Part2.OrderBy(s => s.Position)
            .Select(s => new SensitiveSectionSnapshot(s.Heading, s.Body, s.ExemptionBasis, s.ReleaseCondition, s.ReleaseOn, s.ContractName))
            .ToList(),
        CurrentAttachments(report, Classification.OfficialSensitive));

    /// <summary>The public row after publishing version <see cref="DecisionReport.PublishedVersion"/> of the report.</summary>
    public static void ApplyPublication(PublicReportEntry entry, DecisionReport report, DateTimeOffset now)
    {
        if (entry.Version == 0)
        {
            entry.FirstPublishedAt = now;
        }

        entry.ReportId = report.Id;
        entry.Reference = report.Reference;
        entry.Title = report.Title;
        entry.Summary = report.Summary;
        entry.DecisionMaker = report.DecisionMaker;
        entry.DecisionDate = report.DecisionDate;
        entry.DecisionYear = report.DecisionDate.Year;
        entry.Tags = [.. report.Tags];
        entry.Version = report.PublishedVersion;
        entry.LastPublishedAt = now;
        entry.UpdatedUnixMs = now.ToUnixTimeMilliseconds();
        entry.IsWithdrawn = false;
        entry.WithdrawalReason = null;
        entry.WithdrawnAt = null;
        entry.SearchText = SearchText(report);
    }

    /// <summary>The public row after a withdrawal: the notice stays findable by its headline, its text no longer.</summary>
    public static void ApplyWithdrawal(PublicReportEntry entry, DecisionReport report, DateTimeOffset now)
    {
        entry.IsWithdrawn = true;
        entry.WithdrawalReason = report.WithdrawalReason;
        entry.WithdrawnAt = now;
        entry.UpdatedUnixMs = now.ToUnixTimeMilliseconds();
        entry.SearchText = SearchWords.Normalise(string.Join('\n', entry.Reference, entry.Title, entry.Summary, entry.DecisionMaker));
    }

    /// <summary>Part 1 text only (headline fields and OFFICIAL-PUBLIC sections), in the normalised form search compares.</summary>
    public static string SearchText(DecisionReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(report.Reference).AppendLine(report.Title).AppendLine(report.Summary).AppendLine(report.DecisionMaker);
        text.AppendLine(string.Join(' ', report.Tags));
        foreach (var section in PublicSections(report))
        {
            text.AppendLine(section.Heading).AppendLine(section.Body);
        }

        return SearchWords.Normalise(text.ToString());
    }

    private static IEnumerable<Part1Section> PublicSections(DecisionReport report) =>
        report.Part1.Where(s => s.Classification == Classification.OfficialPublic).OrderBy(s => s.Position);

    private static List<AttachmentSnapshot> CurrentAttachments(DecisionReport report, Classification classification) =>
        report.Attachments
            .Where(a => a.RemovedAt is null && a.Classification == classification)
            .OrderBy(a => a.UploadedAt).ThenBy(a => a.FileName, StringComparer.Ordinal)
            .Select(a => new AttachmentSnapshot(a.Id, a.Title, a.FileName, a.Kind, a.SizeBytes, a.Sha256))
            .ToList();
}
