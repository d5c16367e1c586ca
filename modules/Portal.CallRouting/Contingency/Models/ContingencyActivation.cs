namespace Portal.CallRouting.Contingency.Models;

/// <summary>
/// One switch to a contingency plan, kept for ever (the history of who switched what, when and why). Active while
/// <see cref="RevertedAt"/> is null and <see cref="RevertAt"/> has not passed.
/// </summary>
public sealed class ContingencyActivation
{
    public Guid Id { get; set; }

    public required string PlanCode { get; set; }

    public required string PlanName { get; set; }

    /// <summary>The published plan version in force when it was switched on.</summary>
    public int PlanVersion { get; set; }

    public required string Reason { get; set; }

    public required string ActivatedBy { get; set; }

    public DateTimeOffset ActivatedAt { get; set; }

    public DateTimeOffset RevertAt { get; set; }

    public DateTimeOffset? RevertedAt { get; set; }

    /// <summary>Who reverted it; <see cref="ContingencyLimits.AutomaticActor"/> when its time ran out.</summary>
    public string? RevertedBy { get; set; }

    public string? RevertReason { get; set; }

    public bool NotifyPartners { get; set; }

    public bool IsActiveAt(DateTimeOffset at) => RevertedAt is null && at < RevertAt;
}
