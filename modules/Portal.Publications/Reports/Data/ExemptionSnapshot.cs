using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Data;

/// <summary>The public statement of one exempt Part 2 section: the basis and the date it may be considered for release.</summary>
public sealed record ExemptionSnapshot(string ExemptionBasis, ReleaseConditionKind ReleaseCondition, DateOnly ReleaseOn);
