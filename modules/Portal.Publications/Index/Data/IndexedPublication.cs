namespace Portal.Publications.Index.Data;

/// <summary>
/// One force's decision report as the platform's index knows it: only what its <c>PublicationPublished</c> and
/// <c>PublicationWithdrawn</c> events carried (headline fields, never a section). One row per (tenant, reference).
/// </summary>
public sealed class IndexedPublication
{
    public long Id { get; set; }

    /// <summary>The tenant (force) that published it: the event's source, checked by the host and the admission.</summary>
    public string Tenant { get; set; } = "";

    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string DecisionMaker { get; set; } = "";

    public DateOnly? DecisionDate { get; set; }

    public int? DecisionYear { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>The newest version an event announced; 0 while only a withdrawal has arrived (events may overtake each other).</summary>
    public int Version { get; set; }

    public string ChangeNote { get; set; } = "";

    public DateTimeOffset? PublishedAt { get; set; }

    public bool IsWithdrawn { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The last publication or withdrawal as Unix milliseconds: the list's order (SQLite cannot order DateTimeOffset).</summary>
    public long UpdatedUnixMs { get; set; }

    /// <summary>Title, summary, decision maker and tags in lower case, for the word search; empty once withdrawn.</summary>
    public string SearchText { get; set; } = "";
}
