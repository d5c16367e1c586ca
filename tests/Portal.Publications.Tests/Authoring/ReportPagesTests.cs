using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Publications.Reports;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;
using Portal.Publications.Tests.Support;
using static Portal.Publications.Tests.Authoring.AuthoringForms;

namespace Portal.Publications.Tests.Authoring;

/// <summary>The editors' list, create, details and workflow pages, through their forms as a browser without script uses them.</summary>
public sealed class ReportPagesTests(AuthoringFixture people) : IClassFixture<AuthoringFixture>
{
    [Fact]
    public async Task The_list_shows_reports_in_every_state_and_filters_by_state()
    {
        IsSaved(await CreateAsync(people.Editor, "PG-LIST-1", "A report only in draft"), "PG-LIST-1");

        var (status, html) = await GetAsync(people.Viewer, List);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("PG-LIST-1", html, StringComparison.Ordinal);
        Assert.Contains("A report only in draft", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Create report", html, StringComparison.Ordinal);
        Assert.Contains("Create report", (await GetAsync(people.Editor, List)).Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/met/admin/publications\"", (await GetAsync(people.Editor, List)).Html, StringComparison.Ordinal);

        Assert.Contains("PG-LIST-1", (await GetAsync(people.Viewer, List + "?state=Draft")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("PG-LIST-1", (await GetAsync(people.Viewer, List + "?state=Published")).Html, StringComparison.Ordinal);
        var (badStatus, badHtml) = await GetAsync(people.Viewer, List + "?state=Lost");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("href=\"#state\"", badHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/publications")]
    [InlineData("/admin/publications/drafts/new")]
    [InlineData("/admin/publications/PG-ANY-1")]
    [InlineData("/admin/publications/tasks/release-reviews")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        using var anonymous = people.Factory.CreateBrowser();

        var response = await anonymous.GetAsync(PublicationsSession.Tenant + path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/publications")]
    [InlineData("/admin/publications/drafts/new")]
    [InlineData("/admin/publications/tasks/release-reviews")]
    public async Task People_without_the_permission_are_refused(string path)
    {
        var response = await people.Outsider.Browser.GetAsync(PublicationsSession.Tenant + path);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_viewer_may_not_open_or_post_the_create_form()
    {
        var form = await people.Viewer.Browser.GetAsync(PublicationsSession.Tenant + NewReport);
        Assert.NotEqual(HttpStatusCode.OK, form.StatusCode);

        // The viewer's token from a page they may see: the refusal is the policy's, not the antiforgery check's.
        var posted = await PostAsync(people.Viewer, List, NewReport, ("Reference", "PG-VIEWER-1"), ("Title", "Not mine to write"));

        Assert.True(posted.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        Assert.DoesNotContain("/admin/publications/PG-VIEWER-1", posted.Headers.Location?.OriginalString ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Null(await FindAsync("PG-VIEWER-1"));
    }

    [Fact]
    public async Task A_create_form_with_errors_comes_back_with_a_summary_linking_each_field_and_stores_nothing()
    {
        var response = await PostAsync(people.Editor, NewReport, NewReport,
            ("Reference", "PG-BAD 1"), ("Title", ""), ("Summary", ""), ("DecisionMaker", ""), ("DecisionDay", "31"), ("DecisionMonth", "2"), ("DecisionYear", "2026"), ("Tags", "a, A"));

        var html = await IsRefusedAsync(response, HttpStatusCode.BadRequest, "Reference", "Title", "Summary", "DecisionMaker", "DecisionDay", "Tags");
        Assert.Contains("Enter a real date", html, StringComparison.Ordinal);
        Assert.Contains("value=\"PG-BAD 1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await AllAsync(), r => r.Reference.StartsWith("PG-BAD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reference_in_use_is_refused_on_its_field()
    {
        IsSaved(await CreateAsync(people.Editor, "PG-TWICE-1", "The first"), "PG-TWICE-1");

        var again = await CreateAsync(people.Editor, "pg-twice-1", "The second");

        var html = await IsRefusedAsync(again, HttpStatusCode.BadRequest, "Reference");
        Assert.Contains("exists already", html, StringComparison.Ordinal);
        Assert.Equal("The first", (await FindAsync("PG-TWICE-1"))!.Title);
    }

    [Fact]
    public async Task Details_are_changed_through_the_edit_form()
    {
        IsSaved(await CreateAsync(people.Editor, "PG-EDIT-1"), "PG-EDIT-1");

        var saved = await PostAsync(people.Editor, Report("PG-EDIT-1") + "/edit", Report("PG-EDIT-1") + "/edit",
            ("Title", "A better title"), ("Summary", "Shorter."), ("DecisionMaker", "Commissioner"),
            ("DecisionDay", "2"), ("DecisionMonth", "11"), ("DecisionYear", "2026"), ("Tags", "Estates"));

        IsSaved(saved, "PG-EDIT-1");
        var report = (await FindAsync("PG-EDIT-1"))!;
        Assert.Equal(("A better title", "Shorter.", "Commissioner", new DateOnly(2026, 11, 2)), (report.Title, report.Summary, report.DecisionMaker, report.DecisionDate));
        Assert.Equal(["Estates"], report.Tags);
        Assert.Contains("A better title", (await GetAsync(people.Viewer, Report("PG-EDIT-1"))).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_from_a_stale_page_is_409_and_keeps_the_other_change()
    {
        IsSaved(await CreateAsync(people.Editor, "PG-STALE-1"), "PG-STALE-1");
        var (_, firstRead) = await GetAsync(people.Editor, Report("PG-STALE-1") + "/edit");
        var staleVersion = VersionOf(firstRead);
        IsSaved(await PostAsync(people.Admin, Report("PG-STALE-1") + "/edit", Report("PG-STALE-1") + "/edit",
            ("Title", "Changed by someone else"), ("Summary", "S."), ("DecisionMaker", "D"), ("DecisionDay", "1"), ("DecisionMonth", "1"), ("DecisionYear", "2026")), "PG-STALE-1");

        var stale = await PostAsync(people.Editor, Report("PG-STALE-1") + "/edit", Report("PG-STALE-1") + "/edit",
            ("Version", staleVersion), ("Title", "My late change"), ("Summary", "S."), ("DecisionMaker", "D"), ("DecisionDay", "1"), ("DecisionMonth", "1"), ("DecisionYear", "2026"));

        var html = await IsRefusedAsync(stale, HttpStatusCode.Conflict);
        Assert.Contains("changed since you read it", html, StringComparison.Ordinal);
        Assert.Equal("Changed by someone else", (await FindAsync("PG-STALE-1"))!.Title);
    }

    [Fact]
    public async Task A_draft_goes_through_review_approval_and_publication_on_the_forms()
    {
        IsSaved(await CreateAsync(people.Editor, "PG-FLOW-1"), "PG-FLOW-1");
        IsSaved(await AddSectionAsync(people.Editor, "PG-FLOW-1"), "PG-FLOW-1");
        IsSaved(await StepAsync(people.Editor, "PG-FLOW-1", "submit"), "PG-FLOW-1");
        Assert.Equal(ReportState.InReview, (await FindAsync("PG-FLOW-1"))!.State);

        var (_, reviewPage) = await GetAsync(people.Approver, Report("PG-FLOW-1"));
        Assert.Contains(">Approve</button>", reviewPage, StringComparison.Ordinal);
        IsSaved(await StepAsync(people.Approver, "PG-FLOW-1", "approve"), "PG-FLOW-1");
        var (_, approvedPage) = await GetAsync(people.Admin, Report("PG-FLOW-1"));
        Assert.Contains(">Publish</button>", approvedPage, StringComparison.Ordinal);
        IsSaved(await StepAsync(people.Admin, "PG-FLOW-1", "publish", ("ChangeNote", "")), "PG-FLOW-1");

        var report = (await FindAsync("PG-FLOW-1"))!;
        Assert.Equal((ReportState.Published, 1), (report.State, report.PublishedVersion));
        var published = await people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<IPublishedReports>().GetAsync("PG-FLOW-1"));
        Assert.Contains("<strong>2027</strong>", Assert.Single(published!.Sections).Html, StringComparison.Ordinal);
        var (_, page) = await GetAsync(people.Viewer, Report("PG-FLOW-1"));
        Assert.Contains(ReportWorkflow.FirstChangeNote, page, StringComparison.Ordinal);
        Assert.Contains(">Withdraw</button>", (await GetAsync(people.Admin, Report("PG-FLOW-1"))).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_author_is_not_offered_approve_and_posting_it_is_refused_on_the_page()
    {
        IsSaved(await CreateAsync(people.Admin, "PG-OWN-1"), "PG-OWN-1");
        IsSaved(await AddSectionAsync(people.Admin, "PG-OWN-1"), "PG-OWN-1");
        IsSaved(await StepAsync(people.Admin, "PG-OWN-1", "submit"), "PG-OWN-1");

        var (_, page) = await GetAsync(people.Admin, Report("PG-OWN-1"));
        Assert.DoesNotContain(">Approve</button>", page, StringComparison.Ordinal);
        Assert.Contains("another person must approve it", page, StringComparison.Ordinal);

        var refused = await StepAsync(people.Admin, "PG-OWN-1", "approve");

        await IsRefusedAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal(ReportState.InReview, (await FindAsync("PG-OWN-1"))!.State);
    }

    [Fact]
    public async Task Submitting_an_incomplete_draft_lists_what_is_missing_and_changes_nothing()
    {
        IsSaved(await CreateAsync(people.Editor, "PG-EMPTY-1"), "PG-EMPTY-1");
        var before = (await FindAsync("PG-EMPTY-1"))!.Version;

        var refused = await StepAsync(people.Editor, "PG-EMPTY-1", "submit");

        var html = await IsRefusedAsync(refused, HttpStatusCode.BadRequest, "detail-part1");
        Assert.Contains("Add at least one Part 1 section.", html, StringComparison.Ordinal);
        Assert.Equal((ReportState.Draft, before), ((await FindAsync("PG-EMPTY-1"))!.State, (await FindAsync("PG-EMPTY-1"))!.Version));
    }

    [Fact]
    public async Task Publishing_again_needs_a_change_note_and_withdrawing_needs_a_reason()
    {
        await PublishedAsync("PG-NOTE-1");
        IsSaved(await PostAsync(people.Editor, Report("PG-NOTE-1") + "/edit", Report("PG-NOTE-1") + "/edit",
            ("Title", "Second version"), ("Summary", "S."), ("DecisionMaker", "D"), ("DecisionDay", "1"), ("DecisionMonth", "1"), ("DecisionYear", "2026")), "PG-NOTE-1");
        IsSaved(await StepAsync(people.Editor, "PG-NOTE-1", "submit"), "PG-NOTE-1");
        IsSaved(await StepAsync(people.Approver, "PG-NOTE-1", "approve"), "PG-NOTE-1");

        await IsRefusedAsync(await StepAsync(people.Admin, "PG-NOTE-1", "publish", ("ChangeNote", " ")), HttpStatusCode.BadRequest, "ChangeNote");
        Assert.Equal(1, (await FindAsync("PG-NOTE-1"))!.PublishedVersion);
        IsSaved(await StepAsync(people.Admin, "PG-NOTE-1", "publish", ("ChangeNote", "A better title.")), "PG-NOTE-1");
        Assert.Contains("A better title.", (await GetAsync(people.Viewer, Report("PG-NOTE-1"))).Html, StringComparison.Ordinal);

        await IsRefusedAsync(await StepAsync(people.Admin, "PG-NOTE-1", "withdraw", ("WithdrawReason", "")), HttpStatusCode.BadRequest, "WithdrawReason");
        Assert.Equal(ReportState.Published, (await FindAsync("PG-NOTE-1"))!.State);
        IsSaved(await StepAsync(people.Admin, "PG-NOTE-1", "withdraw", ("WithdrawReason", "Superseded by PG-NOTE-2.")), "PG-NOTE-1");
        var withdrawn = (await FindAsync("PG-NOTE-1"))!;
        Assert.Equal((ReportState.Withdrawn, "Superseded by PG-NOTE-2."), (withdrawn.State, withdrawn.WithdrawalReason));
    }

    [Fact]
    public async Task A_reviewer_returns_a_report_with_a_reason_the_author_then_reads()
    {
        IsSaved(await CreateAsync(people.Editor, "PG-RETURN-1"), "PG-RETURN-1");
        IsSaved(await AddSectionAsync(people.Editor, "PG-RETURN-1"), "PG-RETURN-1");
        IsSaved(await StepAsync(people.Editor, "PG-RETURN-1", "submit"), "PG-RETURN-1");

        await IsRefusedAsync(await StepAsync(people.Approver, "PG-RETURN-1", "return", ("ReturnReason", "")), HttpStatusCode.BadRequest, "ReturnReason");
        Assert.Equal(ReportState.InReview, (await FindAsync("PG-RETURN-1"))!.State);
        IsSaved(await StepAsync(people.Approver, "PG-RETURN-1", "return", ("ReturnReason", "Add the financial comments.")), "PG-RETURN-1");

        Assert.Equal(ReportState.Draft, (await FindAsync("PG-RETURN-1"))!.State);
        Assert.Contains("Add the financial comments.", (await GetAsync(people.Editor, Report("PG-RETURN-1"))).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_deleted_but_a_published_report_offers_no_delete_and_refuses_it()
    {
        IsSaved(await CreateAsync(people.Editor, "PG-DELETE-1"), "PG-DELETE-1");
        var deleted = await StepAsync(people.Editor, "PG-DELETE-1", "delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await FindAsync("PG-DELETE-1"));

        await PublishedAsync("PG-DELETE-2");
        var (_, page) = await GetAsync(people.Editor, Report("PG-DELETE-2"));
        Assert.DoesNotContain("Delete this draft", page, StringComparison.Ordinal);
        await IsRefusedAsync(await StepAsync(people.Editor, "PG-DELETE-2", "delete"), HttpStatusCode.Conflict);
        Assert.NotNull(await FindAsync("PG-DELETE-2"));
    }

    [Fact]
    public async Task An_unknown_reference_is_a_404_page()
    {
        var (status, html) = await GetAsync(people.Editor, Report("PG-NOWHERE-1"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("PG-NOWHERE-1", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await StepAsyncWithoutPage(people.Editor, "PG-NOWHERE-1", "submit")).StatusCode);
    }

    private async Task<HttpResponseMessage> StepAsyncWithoutPage(PublicationsSession person, string reference, string step) =>
        await PostAsync(person, List, $"{Report(reference)}/{step}", ("version", new string('0', 32)));

    private async Task PublishedAsync(string reference)
    {
        IsSaved(await CreateAsync(people.Editor, reference), reference);
        IsSaved(await AddSectionAsync(people.Editor, reference), reference);
        IsSaved(await StepAsync(people.Editor, reference, "submit"), reference);
        IsSaved(await StepAsync(people.Approver, reference, "approve"), reference);
        IsSaved(await StepAsync(people.Admin, reference, "publish", ("ChangeNote", "")), reference);
    }

    private Task<DecisionReport?> FindAsync(string reference) =>
        people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<ReportAuthoring>().FindAsync(reference, CancellationToken.None));

    private Task<IReadOnlyList<DecisionReport>> AllAsync() =>
        people.Factory.InTenantAsync("met", sp => sp.GetRequiredService<ReportAuthoring>().ListAsync(null, CancellationToken.None));
}
