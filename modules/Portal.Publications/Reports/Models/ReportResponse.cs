namespace Portal.Publications.Reports.Models;

/// <summary>The working copy of a report for its authors and reviewers. Part 2 bodies are never in it (see <see cref="Part2SectionResponse"/>).</summary>
public sealed record ReportResponse(
    Guid Id,
    string Reference,
    string Title,
    string Summary,
    string DecisionMaker,
    DateOnly DecisionDate,
    IReadOnlyList<string> Tags,
    string State,
    string AuthorName,
    string? ApprovedByName,
    string? ReturnReason,
    int PublishedVersion,
    string? WithdrawalReason,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<Part1SectionResponse> Part1,
    IReadOnlyList<Part2SectionResponse> Part2,
    IReadOnlyList<AttachmentResponse> Attachments);
