using Portal.CallRouting.Decisions.Evaluation;

namespace Portal.CallRouting.Decisions.Services;

/// <summary>What <see cref="RoutingDecisionService"/> answers: a decision, or why there is none.</summary>
public sealed record DecisionOutcome(DecisionOutcomeStatus Status, RoutingDecision? Decision)
{
    public static DecisionOutcome NoPlan { get; } = new(DecisionOutcomeStatus.NoPublishedPlan, null);

    public static DecisionOutcome UnknownService { get; } = new(DecisionOutcomeStatus.UnknownService, null);

    public static DecisionOutcome NoTarget { get; } = new(DecisionOutcomeStatus.NoTarget, null);
}
