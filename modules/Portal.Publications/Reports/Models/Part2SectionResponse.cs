namespace Portal.Publications.Reports.Models;

/// <summary>
/// A Part 2 section of the working copy without its body: the body is OFFICIAL-SENSITIVE and is read only through
/// the Sensitive feature. <see cref="BodyLength"/> tells an author the text is there.
/// </summary>
public sealed record Part2SectionResponse(
    Guid Id,
    string Heading,
    int BodyLength,
    string Classification,
    string ExemptionBasis,
    string ReleaseCondition,
    DateOnly ReleaseOn,
    string? ContractName);
