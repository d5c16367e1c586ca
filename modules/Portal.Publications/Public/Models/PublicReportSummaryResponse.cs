using Portal.Publications.Reports.Models;

namespace Portal.Publications.Public.Models;

/// <summary>A report in the public API's list: headline fields of its latest published version, or its withdrawal.</summary>
public sealed record PublicReportSummaryResponse(
    string Reference,
    string Title,
    string Summary,
    string DecisionMaker,
    DateOnly DecisionDate,
    IReadOnlyList<string> Tags,
    int Version,
    DateTimeOffset LastPublishedAt,
    bool IsWithdrawn)
{
    public static PublicReportSummaryResponse From(PublishedReportSummary report) => new(report.Reference, report.Title, report.Summary,
        report.DecisionMaker, report.DecisionDate, report.Tags, report.Version, report.LastPublishedAt, report.IsWithdrawn);
}
