namespace Portal.Publications.Reports.Domain;

/// <summary>
/// The working copy of a decision report: what authors edit and reviewers approve. What the public reads is never
/// this row but the snapshot taken when a version was published (<see cref="Data.PublishedVersion"/>), so an edit in
/// progress never shows publicly.
/// </summary>
public sealed class DecisionReport
{
    public Guid Id { get; set; }

    /// <summary>The report's public identifier and URL segment (for example "PCD-2026-014"); unique in the tenant, never changes.</summary>
    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The office or person who takes the decision (for example "Deputy Commissioner").</summary>
    public string DecisionMaker { get; set; } = "";

    public DateOnly DecisionDate { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>The user who wrote the report: they may never approve it.</summary>
    public string AuthorId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public ReportState State { get; set; } = ReportState.Draft;

    public string? SubmittedBy { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public string? ApprovedByName { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Why a reviewer returned it to draft, shown to the author until the next submission.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>The number of the last published version; 0 while it was never published.</summary>
    public int PublishedVersion { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawnBy { get; set; }

    /// <summary>The public reason for the withdrawal: it stays on the public notice.</summary>
    public string? WithdrawalReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Optimistic concurrency token, sent as the ETag; changes on every save.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<Part1Section> Part1 { get; set; } = [];

    public List<Part2Section> Part2 { get; set; } = [];

    public List<ReportAttachment> Attachments { get; set; } = [];

    public bool WasEverPublished => PublishedVersion > 0;
}
