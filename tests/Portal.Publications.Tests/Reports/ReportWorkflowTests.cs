using Portal.Publications.Reports.Domain;
using Portal.Publications.Tests.Support;

namespace Portal.Publications.Tests.Reports;

public sealed class ReportWorkflowTests
{
    private static readonly WorkflowActor Publisher = new("publisher-1", "Pat Publisher");

    [Fact]
    public void A_report_goes_from_draft_through_review_and_approval_to_published()
    {
        var report = SampleReports.Draft();

        Assert.True(ReportWorkflow.Submit(report, SampleReports.Author, SampleReports.Now).Succeeded);
        Assert.Equal(ReportState.InReview, report.State);
        Assert.True(ReportWorkflow.Approve(report, SampleReports.Reviewer, SampleReports.Now).Succeeded);
        Assert.Equal(ReportState.Approved, report.State);
        Assert.Equal(SampleReports.Reviewer.Id, report.ApprovedBy);
        Assert.True(ReportWorkflow.Publish(report, Publisher, null, SampleReports.Now).Succeeded);

        Assert.Equal(ReportState.Published, report.State);
        Assert.Equal(1, report.PublishedVersion);
    }

    [Fact]
    public void The_author_may_not_approve_their_own_report()
    {
        var report = SampleReports.Draft();
        ReportWorkflow.Submit(report, SampleReports.Author, SampleReports.Now);

        var outcome = ReportWorkflow.Approve(report, SampleReports.Author, SampleReports.Now);

        Assert.Equal(WorkflowRefusal.Forbidden, outcome.Refusal);
        Assert.Equal(ReportState.InReview, report.State);
        Assert.Null(report.ApprovedBy);
    }

    [Fact]
    public void Whoever_submitted_a_report_may_not_approve_it_either()
    {
        var report = SampleReports.Draft();
        var colleague = new WorkflowActor("colleague-1", "Colleague");
        ReportWorkflow.Submit(report, colleague, SampleReports.Now);

        Assert.Equal(WorkflowRefusal.Forbidden, ReportWorkflow.Approve(report, colleague, SampleReports.Now).Refusal);
        Assert.True(ReportWorkflow.Approve(report, SampleReports.Reviewer, SampleReports.Now).Succeeded);
    }

    [Theory]
    [InlineData(ReportState.Draft)]
    [InlineData(ReportState.InReview)]
    [InlineData(ReportState.Withdrawn)]
    public void Publishing_anything_not_approved_is_forbidden(ReportState state)
    {
        var report = SampleReports.Draft();
        report.State = state;

        var outcome = ReportWorkflow.Publish(report, Publisher, "Note", SampleReports.Now);

        Assert.Equal(WorkflowRefusal.Forbidden, outcome.Refusal);
        Assert.Equal(0, report.PublishedVersion);
        Assert.Equal(state, report.State);
    }

    [Fact]
    public void A_later_version_needs_a_change_note()
    {
        var report = SampleReports.Approved();
        ReportWorkflow.Publish(report, Publisher, null, SampleReports.Now);
        ReportWorkflow.MarkEdited(report, SampleReports.Author, SampleReports.Now);
        ReportWorkflow.Submit(report, SampleReports.Author, SampleReports.Now);
        ReportWorkflow.Approve(report, SampleReports.Reviewer, SampleReports.Now);

        var refused = ReportWorkflow.Publish(report, Publisher, "  ", SampleReports.Now);

        Assert.Equal(WorkflowRefusal.Invalid, refused.Refusal);
        Assert.Equal("changeNote", Assert.Single(refused.Errors).Field);
        Assert.Equal(1, report.PublishedVersion);
        Assert.True(ReportWorkflow.Publish(report, Publisher, "Corrected the decision date.", SampleReports.Now).Succeeded);
        Assert.Equal(2, report.PublishedVersion);
    }

    [Fact]
    public void The_first_version_gets_a_default_change_note()
    {
        Assert.Equal(ReportWorkflow.FirstChangeNote, ReportWorkflow.ChangeNoteFor(null));
        Assert.Equal("Typo fixed.", ReportWorkflow.ChangeNoteFor(" Typo fixed. "));
    }

    [Fact]
    public void Editing_voids_the_approval_and_returns_the_report_to_draft()
    {
        var report = SampleReports.Approved();
        ReportWorkflow.Publish(report, Publisher, null, SampleReports.Now);
        var before = report.Version;

        Assert.True(ReportWorkflow.CanEdit(report).Succeeded);
        ReportWorkflow.MarkEdited(report, SampleReports.Author, SampleReports.Now);

        Assert.Equal(ReportState.Draft, report.State);
        Assert.Null(report.ApprovedBy);
        Assert.NotEqual(before, report.Version);
        Assert.Equal(1, report.PublishedVersion);
    }

    [Theory]
    [InlineData(ReportState.InReview)]
    [InlineData(ReportState.Approved)]
    [InlineData(ReportState.Withdrawn)]
    public void A_report_in_review_approved_or_withdrawn_cannot_be_edited(ReportState state)
    {
        var report = SampleReports.Draft();
        report.State = state;

        Assert.Equal(WorkflowRefusal.WrongState, ReportWorkflow.CanEdit(report).Refusal);
    }

    [Fact]
    public void Submitting_an_incomplete_report_names_the_fields_and_changes_nothing()
    {
        var report = SampleReports.Draft();
        report.Part2[0].Classification = default;

        var outcome = ReportWorkflow.Submit(report, SampleReports.Author, SampleReports.Now);

        Assert.Equal(WorkflowRefusal.Invalid, outcome.Refusal);
        Assert.Equal("part2[0].classification", Assert.Single(outcome.Errors).Field);
        Assert.Equal(ReportState.Draft, report.State);
        Assert.Null(report.SubmittedBy);
    }

    [Fact]
    public void Returning_needs_a_reason_and_voids_the_approval()
    {
        var report = SampleReports.Approved();

        Assert.Equal(WorkflowRefusal.Invalid, ReportWorkflow.Return(report, SampleReports.Reviewer, "", SampleReports.Now).Refusal);
        Assert.Equal(ReportState.Approved, report.State);
        Assert.True(ReportWorkflow.Return(report, SampleReports.Reviewer, "Add the equality comments.", SampleReports.Now).Succeeded);

        Assert.Equal(ReportState.Draft, report.State);
        Assert.Null(report.ApprovedBy);
        Assert.Equal("Add the equality comments.", report.ReturnReason);
    }

    [Fact]
    public void Withdrawal_needs_a_published_report_and_a_public_reason()
    {
        var draft = SampleReports.Draft();
        Assert.Equal(WorkflowRefusal.WrongState, ReportWorkflow.Withdraw(draft, Publisher, "Reason", SampleReports.Now).Refusal);

        var report = SampleReports.Approved();
        ReportWorkflow.Publish(report, Publisher, null, SampleReports.Now);
        Assert.Equal(WorkflowRefusal.Invalid, ReportWorkflow.Withdraw(report, Publisher, " ", SampleReports.Now).Refusal);
        Assert.Equal(ReportState.Published, report.State);

        Assert.True(ReportWorkflow.Withdraw(report, Publisher, "Superseded by PCD-2026-020.", SampleReports.Now).Succeeded);
        Assert.Equal(ReportState.Withdrawn, report.State);
        Assert.Equal("Superseded by PCD-2026-020.", report.WithdrawalReason);
        Assert.Equal(WorkflowRefusal.WrongState, ReportWorkflow.Withdraw(report, Publisher, "Again", SampleReports.Now).Refusal);
    }
}
