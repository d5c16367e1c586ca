using Portal.CallRouting.Plans.Models;

namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>The history page: every version with its state as of now.</summary>
public sealed record PlanListViewModel(IReadOnlyList<(RoutingPlanVersion Version, PlanVersionStatus Status)> Versions, PlanPermissions Can);
