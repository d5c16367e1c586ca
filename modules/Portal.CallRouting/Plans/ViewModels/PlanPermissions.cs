namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>What the person looking at a plans page may do, so the page offers only those buttons.</summary>
public sealed record PlanPermissions(bool CanEdit, bool CanApprove, bool CanPublish);
