namespace Portal.Publications.Sensitive.Models;

/// <summary>A working copy's Part 2 section with its body: Markdown as written and its sanitised HTML.</summary>
public sealed record WorkingPart2SectionResponse(
    Guid Id,
    string Heading,
    string Markdown,
    string Html,
    string Classification,
    string ExemptionBasis,
    string ReleaseCondition,
    DateOnly ReleaseOn,
    string? ContractName);
