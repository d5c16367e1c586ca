using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Models;

namespace Portal.Publications.Reports.Services;

/// <summary>Working copies as the authoring API shows them: Part 1 in full, Part 2 without its bodies.</summary>
internal static class ReportResponses
{
    public static ReportResponse Of(DecisionReport report, SafeMarkdown markdown) => new(
        report.Id,
        report.Reference,
        report.Title,
        report.Summary,
        report.DecisionMaker,
        report.DecisionDate,
        report.Tags,
        report.State.ToString(),
        report.AuthorName,
        report.ApprovedByName,
        report.ReturnReason,
        report.PublishedVersion,
        report.WithdrawalReason,
        report.UpdatedAt,
        report.Part1.OrderBy(s => s.Position)
            .Select(s => new Part1SectionResponse(s.Id, s.Kind.ToString(), s.Heading, s.Body, markdown.ToHtml(s.Body), Marking(s.Classification)))
            .ToList(),
        report.Part2.OrderBy(s => s.Position)
            .Select(s => new Part2SectionResponse(s.Id, s.Heading, s.Body.Length, Marking(s.Classification), s.ExemptionBasis, s.ReleaseCondition.ToString(), s.ReleaseOn, s.ContractName))
            .ToList(),
        report.Attachments.Where(a => a.RemovedAt is null).OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentResponse(a.Id, a.Title, a.FileName, a.Kind.ToString(), a.ContentType, a.SizeBytes, a.Sha256, Marking(a.Classification), a.UploadedAt))
            .ToList());

    public static ReportSummaryResponse Summary(DecisionReport report) =>
        new(report.Reference, report.Title, report.State.ToString(), report.AuthorName, report.DecisionDate, report.PublishedVersion, report.UpdatedAt);

    private static string Marking(Classification classification) => Enum.IsDefined(classification) ? classification.Marking() : "";
}
