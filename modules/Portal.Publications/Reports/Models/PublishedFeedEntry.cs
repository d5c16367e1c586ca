namespace Portal.Publications.Reports.Models;

/// <summary>
/// A report in the feed: one entry per report, updated when a version is published or the report is withdrawn.
/// <see cref="ChangeNote"/> is the latest version's note; <see cref="IsWithdrawn"/> with the reason when withdrawn.
/// </summary>
public sealed record PublishedFeedEntry(
    string Reference,
    string Title,
    string Summary,
    string DecisionMaker,
    int Version,
    string ChangeNote,
    DateTimeOffset FirstPublishedAt,
    DateTimeOffset UpdatedAt,
    bool IsWithdrawn,
    string? WithdrawalReason);
