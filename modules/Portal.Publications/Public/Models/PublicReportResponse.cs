using Portal.Publications.Reports.Models;

namespace Portal.Publications.Public.Models;

/// <summary>
/// A report in the public API: Part 1 of its latest published version and, of Part 2, only the exemptions it is
/// withheld under (<see cref="Part2Exemptions"/>). Built from <see cref="PublishedReport"/>, which has no field for a
/// Part 2 heading or body.
/// </summary>
public sealed record PublicReportResponse(
    string Marking,
    string Reference,
    string Title,
    string Summary,
    string DecisionMaker,
    DateOnly DecisionDate,
    IReadOnlyList<string> Tags,
    string AuthorName,
    int Version,
    DateTimeOffset FirstPublishedAt,
    DateTimeOffset LastPublishedAt,
    IReadOnlyList<PublicSectionResponse> Sections,
    IReadOnlyList<PublicExemptionResponse> Part2Exemptions,
    IReadOnlyList<PublicAttachmentResponse> Attachments,
    IReadOnlyList<PublicVersionResponse> Versions,
    PublicWithdrawalResponse? Withdrawal)
{
    public static PublicReportResponse From(PublishedReport report) => new(
        report.Marking, report.Reference, report.Title, report.Summary, report.DecisionMaker, report.DecisionDate, report.Tags, report.AuthorName,
        report.Version, report.FirstPublishedAt, report.LastPublishedAt,
        report.Sections.Select(s => new PublicSectionResponse(s.Kind.ToString(), s.Heading, s.Markdown, s.Html)).ToList(),
        report.Exemptions.Select(e => new PublicExemptionResponse(e.ExemptionBasis, e.ReleaseCondition.ToString(), e.ReleaseOn)).ToList(),
        report.Attachments.Select(a => new PublicAttachmentResponse(a.Id, a.Title, a.FileName, a.Kind.ToString(), a.SizeBytes,
            $"/publications/{Uri.EscapeDataString(report.Reference)}/attachments/{a.Id}")).ToList(),
        report.Versions.Select(v => new PublicVersionResponse(v.Number, v.ChangeNote, v.PublishedAt)).ToList(),
        report.Withdrawal is { } w ? new PublicWithdrawalResponse(w.Reason, w.WithdrawnAt) : null);
}
