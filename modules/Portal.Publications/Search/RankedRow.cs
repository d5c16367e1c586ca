using Portal.Publications.Reports.Models;

namespace Portal.Publications.Search;

/// <summary>
/// A row of a ranked page as the engines' SQL returns it: a public row's summary columns. Read through SqlQueryRaw,
/// which maps the tag list as the provider stores it (JSON text on SQLite, text[] on PostgreSQL).
/// </summary>
internal sealed class RankedRow
{
    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string DecisionMaker { get; set; } = "";

    public DateOnly DecisionDate { get; set; }

    public List<string> Tags { get; set; } = [];

    public int Version { get; set; }

    public DateTimeOffset LastPublishedAt { get; set; }

    public bool IsWithdrawn { get; set; }

    public PublishedReportSummary ToSummary() =>
        new(Reference, Title, Summary, DecisionMaker, DecisionDate, Tags, Version, LastPublishedAt, IsWithdrawn);
}
