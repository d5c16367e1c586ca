namespace Portal.Publications.Reports.Domain;

/// <summary>
/// The workflow of a report's working copy: Draft → InReview → Approved → Published, Withdrawn at the end. Each step
/// checks who takes it and from which state, then changes the report in memory; the caller stores it. The rule that
/// matters most: whoever wrote or submitted a report never approves it.
/// </summary>
public static class ReportWorkflow
{
    public const string FirstChangeNote = "First published.";

    /// <summary>Whether the working copy may be changed now. Editing a published report starts its next version as a draft.</summary>
    public static WorkflowOutcome CanEdit(DecisionReport report) => report.State switch
    {
        ReportState.Draft or ReportState.Published => WorkflowOutcome.Done,
        ReportState.InReview or ReportState.Approved => WorkflowOutcome.WrongState("The report is with its reviewers: return it to draft before changing it."),
        _ => WorkflowOutcome.WrongState("The report was withdrawn and can no longer be changed."),
    };

    /// <summary>Records a change to the working copy (after <see cref="CanEdit"/> allowed it): back to draft, any approval void.</summary>
    public static void MarkEdited(DecisionReport report, WorkflowActor actor, DateTimeOffset now)
    {
        report.State = ReportState.Draft;
        ClearApproval(report);
        Touch(report, actor, now);
    }

    public static WorkflowOutcome Submit(DecisionReport report, WorkflowActor actor, DateTimeOffset now)
    {
        if (report.State != ReportState.Draft)
        {
            return WorkflowOutcome.WrongState("Only a draft can be submitted for review.");
        }

        var errors = ReportContentRules.ValidateForReview(report);
        if (errors.Count > 0)
        {
            return WorkflowOutcome.Invalid(errors);
        }

        report.State = ReportState.InReview;
        report.SubmittedBy = actor.Id;
        report.SubmittedAt = now;
        report.ReturnReason = null;
        Touch(report, actor, now);
        return WorkflowOutcome.Done;
    }

    public static WorkflowOutcome Approve(DecisionReport report, WorkflowActor actor, DateTimeOffset now)
    {
        if (IsOwnReport(report, actor))
        {
            return WorkflowOutcome.Forbidden("You wrote or submitted this report: another person must approve it.");
        }

        if (report.State != ReportState.InReview)
        {
            return WorkflowOutcome.WrongState("Only a report in review can be approved.");
        }

        report.State = ReportState.Approved;
        report.ApprovedBy = actor.Id;
        report.ApprovedByName = actor.Name;
        report.ApprovedAt = now;
        Touch(report, actor, now);
        return WorkflowOutcome.Done;
    }

    /// <summary>A reviewer sends the report back to its author with a reason.</summary>
    public static WorkflowOutcome Return(DecisionReport report, WorkflowActor actor, string? reason, DateTimeOffset now)
    {
        if (report.State is not (ReportState.InReview or ReportState.Approved))
        {
            return WorkflowOutcome.WrongState("Only a report in review or approved can be returned to draft.");
        }

        if (RequiredText("reason", reason, ReportLimits.Reason, "Enter why the report goes back to its author.") is { } error)
        {
            return WorkflowOutcome.Invalid([error]);
        }

        report.State = ReportState.Draft;
        report.ReturnReason = reason!.Trim();
        ClearApproval(report);
        Touch(report, actor, now);
        return WorkflowOutcome.Done;
    }

    /// <summary>
    /// Publishes the approved working copy as the next version. Publishing anything not approved is forbidden (403),
    /// not a conflict: no state of the report lets a person skip the second pair of eyes. A first version may go
    /// without a change note; every later one needs one, since the public page lists them.
    /// </summary>
    public static WorkflowOutcome Publish(DecisionReport report, WorkflowActor actor, string? changeNote, DateTimeOffset now)
    {
        if (report.State != ReportState.Approved || report.ApprovedBy is null)
        {
            return WorkflowOutcome.Forbidden("Only an approved report can be published.");
        }

        var errors = ReportContentRules.ValidateForReview(report).ToList();
        if (report.WasEverPublished || !string.IsNullOrWhiteSpace(changeNote))
        {
            if (RequiredText("changeNote", changeNote, ReportLimits.ChangeNote, "Enter a change note: the public page lists what changed in each version.") is { } error)
            {
                errors.Add(error);
            }
        }

        if (errors.Count > 0)
        {
            return WorkflowOutcome.Invalid(errors);
        }

        report.PublishedVersion++;
        report.State = ReportState.Published;
        Touch(report, actor, now);
        return WorkflowOutcome.Done;
    }

    /// <summary>The change note a publication stores: the one given, or <see cref="FirstChangeNote"/> for a first version.</summary>
    public static string ChangeNoteFor(string? changeNote) => string.IsNullOrWhiteSpace(changeNote) ? FirstChangeNote : changeNote.Trim();

    /// <summary>Takes a published report off the public site, leaving a notice with the public reason.</summary>
    public static WorkflowOutcome Withdraw(DecisionReport report, WorkflowActor actor, string? reason, DateTimeOffset now)
    {
        if (report.State == ReportState.Withdrawn)
        {
            return WorkflowOutcome.WrongState("The report is already withdrawn.");
        }

        if (!report.WasEverPublished)
        {
            return WorkflowOutcome.WrongState("Only a published report can be withdrawn; delete a draft instead.");
        }

        if (RequiredText("reason", reason, ReportLimits.Reason, "Enter the reason for the withdrawal: it stays on the public notice.") is { } error)
        {
            return WorkflowOutcome.Invalid([error]);
        }

        report.State = ReportState.Withdrawn;
        report.WithdrawalReason = reason!.Trim();
        report.WithdrawnAt = now;
        report.WithdrawnBy = actor.Id;
        ClearApproval(report);
        Touch(report, actor, now);
        return WorkflowOutcome.Done;
    }

    /// <summary>Authors and submitters may not approve: the person who put the words forward is not their check.</summary>
    public static bool IsOwnReport(DecisionReport report, WorkflowActor actor) =>
        string.Equals(report.AuthorId, actor.Id, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(report.SubmittedBy, actor.Id, StringComparison.OrdinalIgnoreCase);

    private static void ClearApproval(DecisionReport report)
    {
        report.ApprovedBy = null;
        report.ApprovedByName = null;
        report.ApprovedAt = null;
    }

    private static void Touch(DecisionReport report, WorkflowActor actor, DateTimeOffset now)
    {
        report.UpdatedAt = now;
        report.UpdatedBy = actor.Id;
        report.Version = Guid.NewGuid();
    }

    private static FieldError? RequiredText(string field, string? value, int max, string missing) =>
        string.IsNullOrWhiteSpace(value) ? new FieldError(field, missing)
        : value.Trim().Length > max ? new FieldError(field, $"Enter at most {max} characters.")
        : null;
}
