namespace Portal.CallRouting.Contingency.Models;

/// <summary>An activation as the API and pages show it; <see cref="Automatic"/> when it reverted because its time ran out.</summary>
public sealed record ContingencyActivationView(
    Guid Id,
    string PlanCode,
    int PlanVersion,
    string Reason,
    string ActivatedBy,
    DateTimeOffset ActivatedAt,
    DateTimeOffset RevertAt,
    DateTimeOffset? RevertedAt,
    string? RevertedBy,
    string? RevertReason,
    bool Automatic)
{
    public static ContingencyActivationView From(ContingencyActivation a) => new(a.Id, a.PlanCode, a.PlanVersion, a.Reason, a.ActivatedBy,
        a.ActivatedAt, a.RevertAt, a.RevertedAt, a.RevertedBy, a.RevertReason, a.RevertedBy == ContingencyLimits.AutomaticActor);
}
