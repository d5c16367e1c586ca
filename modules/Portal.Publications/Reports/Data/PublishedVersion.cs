namespace Portal.Publications.Reports.Data;

/// <summary>
/// One published version of a report, immutable once written: its number, public change note and a snapshot of
/// everything public at that moment (<see cref="PublicJson"/>, a <see cref="PublicReportSnapshot"/>). Part 2 bodies
/// are kept apart in <see cref="SensitivePartVersion"/>, so nothing that reads this row can leak them.
/// </summary>
public sealed class PublishedVersion
{
    public long Id { get; set; }

    public Guid ReportId { get; set; }

    public int Number { get; set; }

    public string ChangeNote { get; set; } = "";

    public DateTimeOffset PublishedAt { get; set; }

    public string PublishedBy { get; set; } = "";

    public string PublicJson { get; set; } = "";
}
