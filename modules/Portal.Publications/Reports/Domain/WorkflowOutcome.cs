namespace Portal.Publications.Reports.Domain;

/// <summary>The result of a workflow step: done, or refused with a reason people can read and, for invalid input, the fields.</summary>
public sealed record WorkflowOutcome(WorkflowRefusal Refusal, string Message, IReadOnlyList<FieldError> Errors)
{
    public static WorkflowOutcome Done { get; } = new(WorkflowRefusal.None, "", []);

    public bool Succeeded => Refusal == WorkflowRefusal.None;

    public static WorkflowOutcome Forbidden(string message) => new(WorkflowRefusal.Forbidden, message, []);

    public static WorkflowOutcome WrongState(string message) => new(WorkflowRefusal.WrongState, message, []);

    public static WorkflowOutcome Invalid(IReadOnlyList<FieldError> errors) => new(WorkflowRefusal.Invalid, "The report is not complete.", errors);
}
