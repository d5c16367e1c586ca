namespace Portal.Publications.Reports.Models;

/// <summary>A report in a public list: its latest published version's headline fields, or its withdrawal.</summary>
public sealed record PublishedReportSummary(
    string Reference,
    string Title,
    string Summary,
    string DecisionMaker,
    DateOnly DecisionDate,
    IReadOnlyList<string> Tags,
    int Version,
    DateTimeOffset LastPublishedAt,
    bool IsWithdrawn);
