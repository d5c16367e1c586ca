namespace Portal.CallRouting.Plans.Services;

/// <summary>How a workflow step ended; the API and the pages turn each into their own answer.</summary>
public enum PlanOutcomeKind
{
    Done,
    NotFound,
    /// <summary>The version is not in the state the step needs, or it changed since the client read it.</summary>
    Conflict,
    /// <summary>An edit without the entity tag it must carry (If-Match).</summary>
    PreconditionRequired,
    /// <summary>The two-person rule: the approver must not be the submitter or the last editor.</summary>
    Forbidden,
    /// <summary>Validation found errors (<see cref="PlanOutcome.Validation"/>).</summary>
    Invalid,
    /// <summary>The request itself is malformed (<see cref="PlanOutcome.Errors"/>).</summary>
    BadInput,
}
