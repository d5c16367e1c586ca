namespace Portal.Publications.Reports.Domain;

/// <summary>A section of the public Part 1, in Markdown. Its classification must be OFFICIAL-PUBLIC: it is published.</summary>
public sealed class Part1Section
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    /// <summary>Order within Part 1, from 0.</summary>
    public int Position { get; set; }

    public Part1SectionKind Kind { get; set; }

    public string Heading { get; set; } = "";

    public string Body { get; set; } = "";

    public Classification Classification { get; set; }
}
