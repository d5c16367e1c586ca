namespace Portal.Publications.Reports.Data;

/// <summary>
/// The public row of a report that was published at least once: what lists, filters and search read (its latest
/// published version, or its withdrawal notice). Only Part 1 text goes into <see cref="SearchText"/>.
/// </summary>
public sealed class PublicReportEntry
{
    public Guid ReportId { get; set; }

    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string DecisionMaker { get; set; } = "";

    public DateOnly DecisionDate { get; set; }

    public int DecisionYear { get; set; }

    public List<string> Tags { get; set; } = [];

    public int Version { get; set; }

    public DateTimeOffset FirstPublishedAt { get; set; }

    public DateTimeOffset LastPublishedAt { get; set; }

    public bool IsWithdrawn { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The last publication or withdrawal, as Unix milliseconds: what the feed orders by (SQLite cannot order DateTimeOffset).</summary>
    public long UpdatedUnixMs { get; set; }

    /// <summary>Title, summary, decision maker, tags and the Part 1 sections as plain text; empty once withdrawn.</summary>
    public string SearchText { get; set; } = "";
}
