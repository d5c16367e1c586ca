namespace Portal.CallRouting.Plans.Models;

/// <summary>
/// Where a plan version stands. Stored are Draft, Submitted, Approved and Published; <see cref="Superseded"/> is worked
/// out from the publication times (see <see cref="Services.PlanTimeline"/>), so a scheduled publication supersedes its
/// predecessor at its time without anything having to run then.
/// </summary>
public enum PlanState
{
    Draft,
    Submitted,
    Approved,
    Published,
    Superseded,
}
