using System.Net;
using System.Text.RegularExpressions;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Tests.Support.Plans;
using static Portal.CallRouting.Tests.Support.Plans.PlanSamples;

namespace Portal.CallRouting.Tests.Plans;

/// <summary>The plans pages with plain forms (no script), as a browser posts them.</summary>
public sealed class RoutingPlansPagesTests(PlansApiFixture people) : IClassFixture<PlansApiFixture>
{
    private PlansSession Admin => people.Admin;

    private static readonly Regex EtagField = new(@"name=""(?:etag|ETag)"" value=""([^""]+)""");

    private static string EtagOn(string html) => WebUtility.HtmlDecode(EtagField.Match(html).Groups[1].Value);

    /// <summary>The hrefs of the error summary's links, each of which must name an element of the page.</summary>
    private static List<string> SummaryLinks(string html)
    {
        var summary = Regex.Match(html, """<div class="govuk-error-summary".*?</ul>""", RegexOptions.Singleline).Value;
        return Regex.Matches(summary, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public async Task A_draft_is_built_with_forms_rule_by_rule()
    {
        var created = await Admin.PostFormAsync("/routing/plans", "/routing/plans/create", [new("copyFrom", "")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editPath = created.Headers.Location!.OriginalString.Replace(PlansSession.Tenant, "");
        var number = int.Parse(Regex.Match(editPath, @"/routing/plans/(\d+)/edit").Groups[1].Value);

        var html = await Admin.PageAsync(editPath);
        var added = await Admin.Browser.PostAsync($"{PlansSession.Tenant}/routing/plans/{number}/queues/add", Form(html, [new("etag", EtagOn(html)), new("queueCode", "999-A")]));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var rulePage = await Admin.PageAsync($"/routing/plans/{number}/queues/0/rules/new");
        var saved = await Admin.Browser.PostAsync($"{PlansSession.Tenant}/routing/plans/{number}/queues/0/rules/new", Form(rulePage,
        [
            new("ETag", EtagOn(rulePage)), new("Id", "a-busy"), new("Name", "Busy: overflow"), new("Priority", "10"),
            new("Conditions[0].Kind", "queueMetric"), new("Conditions[0].Metric", "OldestWaitSeconds"), new("Conditions[0].Operator", "GreaterThan"),
            new("Conditions[0].Threshold", "20"), new("Conditions[0].WhenOpen", "false"), new("Conditions[0].Withheld", "false"),
            new("Actions[0].Kind", "overflowToQueue"), new("Actions[0].Target", "999-B"),
            new("Actions[1].Kind", "notify"), new("Actions[1].Target", "duty-inspector"), new("Actions[1].Message", "999 busy"),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var secondPage = await Admin.PageAsync($"/routing/plans/{number}/queues/0/rules/new");
        (await Admin.Browser.PostAsync($"{PlansSession.Tenant}/routing/plans/{number}/queues/0/rules/new", Form(secondPage,
        [
            new("ETag", EtagOn(secondPage)), new("Id", "a-lam-down"), new("Name", "Lambeth down"), new("Priority", "20"),
            new("Conditions[0].Kind", "centreState"), new("Conditions[0].CentreCode", "LAM"), new("Conditions[0].States", "Down, Unstaffed"),
            new("Actions[0].Kind", "routeToCentre"), new("Actions[0].Target", "HEN"),
        ]))).EnsureRedirect();

        var editor = await Admin.PageAsync(editPath);
        (await Admin.Browser.PostAsync($"{PlansSession.Tenant}/routing/plans/{number}/queues/0/rules/1/move",
            Form(editor, [new("etag", EtagOn(editor)), new("direction", "up")]))).EnsureRedirect();

        var plan = (await Admin.GetAsync($"/{number}")).Body.GetProperty("document").GetProperty("queues")[0];
        var rules = plan.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal("999-A", plan.GetProperty("queueCode").GetString());
        Assert.Equal([("a-busy", 20), ("a-lam-down", 10)], rules.Select(r => (r.GetProperty("id").GetString(), r.GetProperty("priority").GetInt32())));
        Assert.Equal(["overflowToQueue", "notify"], rules[0].GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        Assert.Equal(20, rules[0].GetProperty("conditions")[0].GetProperty("threshold").GetDouble());
        Assert.Equal(["Down", "Unstaffed"], rules[1].GetProperty("conditions")[0].GetProperty("states").EnumerateArray().Select(s => s.GetString()));

        var again = await Admin.PageAsync(editPath);
        (await Admin.Browser.PostAsync($"{PlansSession.Tenant}/routing/plans/{number}/queues/0/rules/0/remove", Form(again, [new("etag", EtagOn(again))]))).EnsureRedirect();
        Assert.Single((await Admin.GetAsync($"/{number}")).Body.GetProperty("document").GetProperty("queues")[0].GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task A_rule_form_with_a_bad_threshold_shows_the_error_summary_linking_to_the_field_and_changes_nothing()
    {
        var draft = await PlanSteps.DraftAsync(Admin, ValidDocument);
        var page = await Admin.PageAsync($"/routing/plans/{draft.Number}/queues/0/rules/0");

        var response = await Admin.Browser.PostAsync($"{PlansSession.Tenant}/routing/plans/{draft.Number}/queues/0/rules/0", Form(page,
        [
            new("ETag", EtagOn(page)), new("Id", "a-busy"), new("Name", "Busy"), new("Priority", "10"),
            new("Conditions[0].Kind", "queueMetric"), new("Conditions[0].Metric", "QueueLength"), new("Conditions[0].Operator", "GreaterThan"),
            new("Conditions[0].Threshold", "lots"), new("Actions[0].Kind", "servingCentres"),
        ]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Conditions_0__Threshold"], SummaryLinks(html));
        Assert.Contains("id=\"Conditions_0__Threshold\"", html);
        Assert.Equal(draft.ETag, (await Admin.GetAsync($"/{draft.Number}")).ETag);
    }

    [Fact]
    public async Task Submitting_a_plan_with_errors_lists_them_in_the_error_summary_linking_to_the_fields()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("a-busy", 10, [OldestWaitOver(20)], new OverflowToQueueAction("999-Z"))], [new PlayAnnouncementAction("hold")]));
        var draft = await PlanSteps.DraftAsync(Admin, document);

        var response = await Admin.PostFormAsync($"/routing/plans/{draft.Number}", $"/routing/plans/{draft.Number}/submit", [new("etag", draft.ETag!.Trim('"'))]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var links = SummaryLinks(html);
        Assert.Contains("queues_0__rules_0__actions_0__queueCode", links);
        Assert.Contains("queues_0__defaultActions_0_", links);
        foreach (var link in links)
        {
            Assert.Contains($"id=\"{link}\"", html);
        }

        Assert.Equal("Draft", (await Admin.GetAsync($"/{draft.Number}")).Body.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Approve_is_offered_to_another_approver_but_not_to_the_submitter_whom_the_service_still_refuses()
    {
        var draft = await PlanSteps.DraftAsync(Admin, ValidDocument);
        var page = $"/routing/plans/{draft.Number}";
        var approveAction = $"action=\"{PlansSession.Tenant}{page}/approve\"";
        (await Admin.PostFormAsync(page, page + "/submit", [new("etag", draft.ETag!.Trim('"'))])).EnsureRedirect();

        var submitterSees = await Admin.PageAsync(page);
        var approverSees = await people.Approver.PageAsync(page);

        Assert.DoesNotContain(approveAction, submitterSees);
        Assert.Contains("id=\"approve-by-another\"", submitterSees);
        Assert.Contains($"action=\"{PlansSession.Tenant}{page}/return\"", submitterSees);
        Assert.Contains(approveAction, approverSees);
        Assert.DoesNotContain("id=\"approve-by-another\"", approverSees);
        var forced = await Admin.PostFormAsync(page, page + "/approve", []);
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        Assert.Equal("Submitted", (await Admin.GetAsync($"/{draft.Number}")).Body.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Submit_approve_by_another_and_publish_at_a_time_through_the_pages()
    {
        var draft = await PlanSteps.DraftAsync(Admin, ValidDocument);
        var page = $"/routing/plans/{draft.Number}";
        (await Admin.PostFormAsync(page, page + "/submit", [new("etag", draft.ETag!.Trim('"'))])).EnsureRedirect();

        var own = await Admin.PostFormAsync(page, page + "/approve", []);
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("another person", await own.Content.ReadAsStringAsync());

        (await people.Approver.PostFormAsync(page, page + "/approve", [])).EnsureRedirect();
        var badTime = await Admin.PostFormAsync(page, page + "/publish", [new("when", "at"), new("date", "tomorrow"), new("time", "6")]);
        Assert.Equal(["date"], SummaryLinks(await badTime.Content.ReadAsStringAsync()));

        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await Admin.PostFormAsync(page, page + "/publish", [new("when", "at"), new("date", tomorrow), new("time", "06:00")])).EnsureRedirect();

        var html = await Admin.PageAsync(page);
        var api = await Admin.GetAsync($"/{draft.Number}");
        Assert.True(api.Body.GetProperty("scheduled").GetBoolean());
        Assert.Contains(api.Body.GetProperty("sha256").GetString()!, html);
        Assert.Contains("Scheduled", html);
    }

    [Fact]
    public async Task The_history_and_the_difference_between_two_versions_are_shown()
    {
        var a = await PlanSteps.DraftAsync(Admin, ValidDocument);
        var b = await PlanSteps.DraftAsync(Admin, ValidDocument with { Queues = [ValidDocument.Queues[0]] });

        var history = await Admin.PageAsync("/routing/plans");
        var compare = await Admin.Browser.GetAsync($"{PlansSession.Tenant}/routing/plans/compare?a={a.Number}&b={b.Number}");
        var diff = await Admin.PageAsync($"/routing/plans/{a.Number}/diff/{b.Number}");
        var same = await Admin.PageAsync($"/routing/plans/{a.Number}/diff/{a.Number}");

        Assert.Contains($"Version {b.Number}", history);
        Assert.Equal(HttpStatusCode.Redirect, compare.StatusCode);
        Assert.Contains("Queue 101", diff);
        Assert.Contains("Queue 999-B", diff);
        Assert.Contains("Removed", diff);
        Assert.Contains("id=\"identical\"", same);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_viewers_cannot_edit()
    {
        var draft = await PlanSteps.DraftAsync(Admin, ValidDocument);

        var forged = await Admin.Browser.PostAsync($"{PlansSession.Tenant}/routing/plans/{draft.Number}/submit",
            new FormUrlEncodedContent([new KeyValuePair<string, string>("etag", draft.ETag!.Trim('"'))]));
        var viewerEdit = await people.Viewer.Browser.GetAsync($"{PlansSession.Tenant}/routing/plans/{draft.Number}/edit");
        var anonymous = await people.Factory.CreateBrowser().GetAsync($"{PlansSession.Tenant}/routing/plans");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, viewerEdit.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal("Draft", (await Admin.GetAsync($"/{draft.Number}")).Body.GetProperty("state").GetString());
    }

    private static FormUrlEncodedContent Form(string page, List<KeyValuePair<string, string>> fields)
    {
        var token = Regex.Match(page, @"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""");
        Assert.True(token.Success, "the page has no antiforgery token");
        fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return new FormUrlEncodedContent(fields);
    }
}

internal static class RedirectAssertions
{
    public static void EnsureRedirect(this HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"expected a redirect, got {(int)response.StatusCode}: {Regex.Match(response.Content.ReadAsStringAsync().Result, """<div class="govuk-error-summary".*?</ul>""", RegexOptions.Singleline).Value}");
}
