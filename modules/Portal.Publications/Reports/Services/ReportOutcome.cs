using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Reports.Services;

/// <summary>The result of an authoring request: the report as it is now, or why nothing changed (with the fields at fault).</summary>
public sealed record ReportOutcome(ReportOutcomeStatus Status, DecisionReport? Report, string Message, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly Dictionary<string, string[]> None = [];

    public static ReportOutcome Done(DecisionReport report) => new(ReportOutcomeStatus.Done, report, "", None);

    public static ReportOutcome Created(DecisionReport report) => new(ReportOutcomeStatus.Created, report, "", None);

    public static ReportOutcome NotFound(string reference) => new(ReportOutcomeStatus.NotFound, null, $"There is no report '{reference}'.", None);

    public static ReportOutcome Refused(ReportOutcomeStatus status, string message) => new(status, null, message, None);

    public static ReportOutcome Invalid(IEnumerable<FieldError> errors) => new(ReportOutcomeStatus.Invalid, null, "The report is not valid: correct the fields named.",
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    /// <summary>A refused workflow step, mapped to its answer.</summary>
    public static ReportOutcome From(WorkflowOutcome outcome) => outcome.Refusal switch
    {
        WorkflowRefusal.Forbidden => Refused(ReportOutcomeStatus.Forbidden, outcome.Message),
        WorkflowRefusal.WrongState => Refused(ReportOutcomeStatus.Conflict, outcome.Message),
        WorkflowRefusal.Invalid => Invalid(outcome.Errors),
        _ => throw new ArgumentException("The step succeeded.", nameof(outcome)),
    };
}
