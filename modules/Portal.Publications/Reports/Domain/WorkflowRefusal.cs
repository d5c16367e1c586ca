namespace Portal.Publications.Reports.Domain;

/// <summary>Why a workflow step was refused: not this person's to take (403), or not from the report's state (409).</summary>
public enum WorkflowRefusal
{
    None = 0,

    /// <summary>The person may not take this step on this report (approving their own report): 403.</summary>
    Forbidden = 1,

    /// <summary>The report is not in a state this step starts from (publishing a draft): 409, or 403 where the issue says so.</summary>
    WrongState = 2,

    /// <summary>The content or the step's own input is not valid (no change note, a section without classification): 422.</summary>
    Invalid = 3,
}
