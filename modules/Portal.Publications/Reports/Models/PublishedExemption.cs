using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Models;

/// <summary>What the public learns of one Part 2 section: the exemption it is withheld under and when it may be considered for release.</summary>
public sealed record PublishedExemption(string ExemptionBasis, ReleaseConditionKind ReleaseCondition, DateOnly ReleaseOn);
