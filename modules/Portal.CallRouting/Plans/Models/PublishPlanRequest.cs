namespace Portal.CallRouting.Plans.Models;

/// <summary><c>POST .../publish</c>: now, or at <see cref="At"/> (ISO 8601 with an offset, in the future).</summary>
public sealed record PublishPlanRequest(DateTimeOffset? At)
{
    public static PublishPlanRequest Now { get; } = new((DateTimeOffset?)null);
}
