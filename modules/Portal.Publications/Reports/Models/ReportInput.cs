namespace Portal.Publications.Reports.Models;

/// <summary>
/// The whole working copy of a report, as created (POST, with <see cref="Reference"/>) or replaced (PUT, If-Match).
/// Classifications are the markings as written ("OFFICIAL-PUBLIC", "OFFICIAL-SENSITIVE") and have no default.
/// </summary>
public sealed record ReportInput(
    string? Reference,
    string? Title,
    string? Summary,
    string? DecisionMaker,
    DateOnly? DecisionDate,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<Part1SectionInput>? Part1,
    IReadOnlyList<Part2SectionInput>? Part2);
