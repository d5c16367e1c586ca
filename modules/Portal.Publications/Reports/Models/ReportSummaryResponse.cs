namespace Portal.Publications.Reports.Models;

/// <summary>A report in the editors' list.</summary>
public sealed record ReportSummaryResponse(string Reference, string Title, string State, string AuthorName, DateOnly DecisionDate, int PublishedVersion, DateTimeOffset UpdatedAt);
