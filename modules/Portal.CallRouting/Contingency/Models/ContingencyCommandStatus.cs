namespace Portal.CallRouting.Contingency.Models;

public enum ContingencyCommandStatus
{
    Done,
    /// <summary>No plan version is published, so there is no contingency plan to switch to (409).</summary>
    NoPublishedPlan,
    /// <summary>The published plan has no contingency plan with that code (404).</summary>
    NotFound,
    /// <summary>The request is not valid (400, <see cref="ContingencyCommandResult.Errors"/>).</summary>
    Invalid,
    /// <summary>Activate: it is already active (409).</summary>
    AlreadyActive,
    /// <summary>Revert: it is not active (409).</summary>
    NotActive,
}
