namespace Portal.Publications.Sensitive.Models;

/// <summary>A Part 2 section: Markdown as written, sanitised HTML, and why and until when it is withheld.</summary>
public sealed record SensitiveSectionResponse(
    string Heading,
    string Markdown,
    string Html,
    string ExemptionBasis,
    string ReleaseCondition,
    DateOnly ReleaseOn,
    string? ContractName);
