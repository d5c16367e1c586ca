using Portal.CallRouting.Plans.Models;
using Portal.CallRouting.Plans.Validation;

namespace Portal.CallRouting.Plans.Services;

/// <summary>The result of a workflow step: the version as it now stands, or why nothing changed.</summary>
public sealed record PlanOutcome(
    PlanOutcomeKind Kind,
    RoutingPlanVersion? Version = null,
    string? Reason = null,
    PlanValidationResult? Validation = null,
    Dictionary<string, string[]>? Errors = null)
{
    public static PlanOutcome Done(RoutingPlanVersion version, PlanValidationResult? validation = null) => new(PlanOutcomeKind.Done, version, Validation: validation);

    public static PlanOutcome NotFound(int number) => new(PlanOutcomeKind.NotFound, Reason: $"There is no routing plan version {number}.");

    public static PlanOutcome Conflict(string reason) => new(PlanOutcomeKind.Conflict, Reason: reason);

    public static PlanOutcome Stale(int number) =>
        Conflict($"Routing plan version {number} has changed since you read it: read it again and redo your change.");
}
