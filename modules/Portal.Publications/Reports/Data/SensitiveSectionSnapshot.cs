namespace Portal.Publications.Reports.Data;

/// <summary>A Part 2 section as published.</summary>
public sealed record SensitiveSectionSnapshot(
    string Heading,
    string Body,
    string ExemptionBasis,
    Domain.ReleaseConditionKind ReleaseCondition,
    DateOnly ReleaseOn,
    string? ContractName);
