using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Models;

/// <summary>
/// A Part 2 section in the order given. The authoring API never sends Part 2 bodies back (they are read under the
/// OFFICIAL-SENSITIVE rules only), so a replacement may name an existing section by <see cref="Id"/> and leave
/// <see cref="Body"/> out to keep the stored text.
/// </summary>
public sealed record Part2SectionInput(
    Guid? Id,
    string? Heading,
    string? Body,
    string? Classification,
    string? ExemptionBasis,
    ReleaseConditionKind? ReleaseCondition,
    DateOnly? ReleaseOn,
    string? ContractName);
