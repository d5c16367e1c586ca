using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans.Models;
using Portal.CallRouting.Plans.Validation;

namespace Portal.CallRouting.Plans.ViewModels;

/// <summary>One version's page: who did what, its SHA-256, its rules, the steps the viewer may take, and validation's findings.</summary>
public sealed record PlanVersionViewModel(
    RoutingPlanVersion Version,
    PlanVersionStatus Status,
    RoutingPlanDocument Document,
    PlanPermissions Can,
    IReadOnlyList<PlanFinding> Warnings)
{
    /// <summary>The viewer submitted or last edited this version: the service refuses their approval, so the page does not offer it.</summary>
    public bool ViewerIsAuthor { get; init; }

    public string? ReturnReason { get; init; }
    public string? PublishWhen { get; init; }
    public string? PublishDate { get; init; }
    public string? PublishTime { get; init; }
}
