namespace Portal.CallRouting.Decisions.Services;

public enum DecisionOutcomeStatus
{
    Decided,
    /// <summary>No plan version has been published yet.</summary>
    NoPublishedPlan,
    /// <summary>No queue of the published plan answers the service.</summary>
    UnknownService,
    /// <summary>The published plan has no centre at all (validation refuses such plans).</summary>
    NoTarget,
}
