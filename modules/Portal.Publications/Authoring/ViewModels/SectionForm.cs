namespace Portal.Publications.Authoring.ViewModels;

/// <summary>A Part 1 section as its form posts it; <see cref="Version"/> is the report's version the form was drawn from.</summary>
public sealed class SectionForm
{
    public string? Version { get; set; }

    /// <summary>A <see cref="Reports.Domain.Part1SectionKind"/> name.</summary>
    public string? Kind { get; set; }

    /// <summary>Empty: the kind's usual heading.</summary>
    public string? Heading { get; set; }

    /// <summary>Markdown.</summary>
    public string? Body { get; set; }

    /// <summary>The marking as written: OFFICIAL-PUBLIC (the only one Part 1 accepts) or OFFICIAL-SENSITIVE.</summary>
    public string? Classification { get; set; }

    /// <summary>"preview" draws the sanitised rendering and stores nothing; anything else saves.</summary>
    public string? Action { get; set; }
}
