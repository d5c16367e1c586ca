namespace Portal.CallRouting.Plans.Validation;

public enum PlanFindingSeverity
{
    /// <summary>Blocks submission and publication.</summary>
    Error,
    /// <summary>Shown to the editor and approver; does not block.</summary>
    Warning,
}
