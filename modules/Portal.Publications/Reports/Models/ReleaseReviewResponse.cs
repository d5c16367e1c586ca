namespace Portal.Publications.Reports.Models;

/// <summary>
/// A review task: a Part 2 section whose release date (fixed, or its contract's expiry) has arrived. An editor decides
/// what to do; nothing is ever published automatically.
/// </summary>
public sealed record ReleaseReviewResponse(string Reference, string ReportTitle, Guid SectionId, string Heading, string ExemptionBasis, string ReleaseCondition, DateOnly ReleaseOn, string? ContractName);
