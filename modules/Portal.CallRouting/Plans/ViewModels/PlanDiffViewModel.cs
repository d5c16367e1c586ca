using Portal.CallRouting.Plans.Diff;
using Portal.CallRouting.Plans.Models;

namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>The difference page between two versions, with the list of versions to pick another pair from.</summary>
public sealed record PlanDiffViewModel(PlanDiff Diff, IReadOnlyList<RoutingPlanVersion> Versions);
