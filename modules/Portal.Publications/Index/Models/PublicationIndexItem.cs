namespace Portal.Publications.Index.Models;

/// <summary>A force's report in the index: what its events announced, and the tenant whose site holds the full report.</summary>
public sealed record PublicationIndexItem(
    string Tenant,
    string Reference,
    string Title,
    string Summary,
    string DecisionMaker,
    DateOnly? DecisionDate,
    IReadOnlyList<string> Tags,
    int Version,
    DateTimeOffset? PublishedAt,
    bool IsWithdrawn,
    string? WithdrawalReason);
