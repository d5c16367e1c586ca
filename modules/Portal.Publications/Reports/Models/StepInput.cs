namespace Portal.Publications.Reports.Models;

/// <summary>The body of a workflow step: a reason (return, withdraw) or a change note (publish); empty for submit and approve.</summary>
public sealed record StepInput(string? Reason = null, string? ChangeNote = null)
{
    public static StepInput Empty { get; } = new();
}
