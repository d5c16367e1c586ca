namespace Portal.CallRouting.Agreements;

/// <summary>What partner forces are doing that concerns this force: calls they overflow to it, and their contingency plans in force.</summary>
public sealed record PartnerActivity(IReadOnlyList<PartnerOverflowFigures> Overflow, IReadOnlyList<PartnerContingencyAlert> Contingencies)
{
    public static PartnerActivity None { get; } = new([], []);
}
