using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Models;

/// <summary>A published Part 2 section: Markdown, sanitised HTML, and its exemption and release condition.</summary>
public sealed record SensitiveSection(
    string Heading,
    string Markdown,
    string Html,
    string ExemptionBasis,
    ReleaseConditionKind ReleaseCondition,
    DateOnly ReleaseOn,
    string? ContractName);
