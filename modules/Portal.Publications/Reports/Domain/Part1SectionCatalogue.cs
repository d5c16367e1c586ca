namespace Portal.Publications.Reports.Domain;

/// <summary>The section kinds an author picks from, in the order a decision report usually has them, with their default headings.</summary>
public static class Part1SectionCatalogue
{
    public static IReadOnlyList<Part1SectionKind> Kinds { get; } = Enum.GetValues<Part1SectionKind>();

    public static string DefaultHeading(Part1SectionKind kind) => kind switch
    {
        Part1SectionKind.ExecutiveSummary => "Executive summary",
        Part1SectionKind.Recommendations => "Recommendations",
        Part1SectionKind.TimeSensitivity => "Time sensitivity",
        Part1SectionKind.IntroductionAndBackground => "Introduction and background",
        Part1SectionKind.IssuesForConsideration => "Issues for consideration",
        Part1SectionKind.Financial => "Financial comments",
        Part1SectionKind.CommercialAndProcurement => "Commercial and procurement comments",
        Part1SectionKind.Legal => "Legal comments",
        Part1SectionKind.Equality => "Equality comments",
        Part1SectionKind.Privacy => "Privacy comments",
        Part1SectionKind.RealEstate => "Real estate implications",
        Part1SectionKind.Environmental => "Environmental implications",
        Part1SectionKind.BackgroundPapers => "Background papers",
        Part1SectionKind.Other => "Other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a section kind."),
    };

    public static bool IsKnown(Part1SectionKind kind) => Enum.IsDefined(kind);
}
