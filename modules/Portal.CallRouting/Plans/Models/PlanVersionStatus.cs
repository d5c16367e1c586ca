namespace Portal.CallRouting.Plans.Models;

/// <summary>
/// A version's state as of now (<see cref="Services.PlanTimeline"/>): a published version is in force, scheduled (its
/// time has not come) or superseded by a later one that has taken effect.
/// </summary>
public sealed record PlanVersionStatus(PlanState State, bool InForce, bool Scheduled, int? SupersededBy, DateTimeOffset? SupersededAt);
