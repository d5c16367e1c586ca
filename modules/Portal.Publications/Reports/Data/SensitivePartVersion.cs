namespace Portal.Publications.Reports.Data;

/// <summary>The Part 2 of one published version (a <see cref="SensitivePartSnapshot"/> as JSON); read only through ISensitiveParts.</summary>
public sealed class SensitivePartVersion
{
    public long Id { get; set; }

    public Guid ReportId { get; set; }

    public int Number { get; set; }

    public string SensitiveJson { get; set; } = "";
}
