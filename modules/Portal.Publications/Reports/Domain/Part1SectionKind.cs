namespace Portal.Publications.Reports.Domain;

/// <summary>The usual sections of Part 1 of a decision report (see <see cref="Part1SectionCatalogue"/> for their headings).</summary>
public enum Part1SectionKind
{
    ExecutiveSummary = 1,
    Recommendations = 2,
    TimeSensitivity = 3,
    IntroductionAndBackground = 4,
    IssuesForConsideration = 5,
    Financial = 6,
    CommercialAndProcurement = 7,
    Legal = 8,
    Equality = 9,
    Privacy = 10,
    RealEstate = 11,
    Environmental = 12,
    BackgroundPapers = 13,

    /// <summary>A section the catalogue does not name; its heading is the author's.</summary>
    Other = 99,
}
