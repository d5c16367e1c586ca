namespace Portal.CallRouting.Plans.Models;

/// <summary><c>POST /api/routing/plans</c>: an empty draft, or a copy of version <see cref="CopyFrom"/>.</summary>
public sealed record CreatePlanRequest(int? CopyFrom)
{
    public static CreatePlanRequest Empty { get; } = new((int?)null);
}
