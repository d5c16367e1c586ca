using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Plans;
using Portal.CallRouting.Plans.Services;
using Portal.CallRouting.Tests.Support.Plans;
using Portal.Host.Shell;
using static Portal.CallRouting.Tests.Support.Plans.PlanSamples;

namespace Portal.CallRouting.Tests.Plans;

/// <summary>The plans API through a real portal: the workflow, what it refuses, and that it refuses without changing anything.</summary>
public sealed class RoutingPlansApiTests(PlansApiFixture people) : IClassFixture<PlansApiFixture>
{
    private PlansSession Admin => people.Admin;

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "")]
    [InlineData("GET", "/1")]
    [InlineData("PUT", "/1")]
    [InlineData("POST", "/1/submit")]
    [InlineData("POST", "/1/approve")]
    [InlineData("POST", "/1/return")]
    [InlineData("POST", "/1/publish")]
    [InlineData("POST", "/1/rollback")]
    [InlineData("GET", "/1/diff/2")]
    public async Task Anonymous_requests_are_refused_with_401(string method, string path)
    {
        using var anonymous = people.Factory.CreateBrowser();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/met/api/routing/plans" + path);
        if (method != "GET")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_plan_goes_from_draft_to_published_by_two_people_and_carries_its_hash_and_configuration()
    {
        var draft = await PlanSteps.DraftAsync(Admin, ValidDocument);
        Assert.Equal("Draft", draft.Body.GetProperty("state").GetString());

        var submitted = await Admin.PostAsync($"/{draft.Number}/submit", ifMatch: draft.ETag);
        submitted.Is(HttpStatusCode.OK);
        Assert.Equal("Submitted", submitted.Body.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Array, submitted.Body.GetProperty("warnings").ValueKind);

        var own = await Admin.PostAsync($"/{draft.Number}/approve");
        own.Is(HttpStatusCode.Forbidden);
        Assert.Equal("application/problem+json", own.ContentType);
        Assert.Equal("Submitted", (await Admin.GetAsync($"/{draft.Number}")).Body.GetProperty("state").GetString());

        (await people.Approver.PostAsync($"/{draft.Number}/approve")).Is(HttpStatusCode.OK);
        var published = await Admin.PostAsync($"/{draft.Number}/publish");
        published.Is(HttpStatusCode.OK);

        var body = published.Body;
        Assert.Equal("Published", body.GetProperty("state").GetString());
        Assert.True(body.GetProperty("inForce").GetBoolean());
        Assert.Equal(PlansApiFixture.ApproverEmail, body.GetProperty("approvedBy").GetString());
        Assert.Equal(PlansPortalFactory.AdminEmail, body.GetProperty("publishedBy").GetString());
        Assert.Equal(PlanContentHash.Of(ValidDocument, Support.Plans.PlanSamples.Configuration), body.GetProperty("sha256").GetString());
        Assert.Equal(3, body.GetProperty("configuration").GetProperty("queues").GetArrayLength());

        var current = await InMetAsync(sp => sp.GetRequiredService<IPublishedPlanSource>().CurrentAsync(CancellationToken.None));
        Assert.Equal(draft.Number, current!.Version);
        Assert.Equal(body.GetProperty("sha256").GetString(), current.Sha256);
    }

    [Fact]
    public async Task Editing_needs_the_current_etag_428_without_and_409_when_stale()
    {
        var created = await Admin.PostAsync("");
        created.Is(HttpStatusCode.Created);

        (await Admin.PutAsync($"/{created.Number}", ValidDocument, ifMatch: null)).Is(HttpStatusCode.PreconditionRequired);
        var first = await Admin.PutAsync($"/{created.Number}", ValidDocument, created.ETag);
        first.Is(HttpStatusCode.OK);
        Assert.NotEqual(created.ETag, first.ETag);

        var stale = await people.Editor.PutAsync($"/{created.Number}", RoutingPlanDocument.Empty, created.ETag);
        stale.Is(HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", stale.ContentType);

        var now = await Admin.GetAsync($"/{created.Number}");
        Assert.Equal(first.ETag, now.ETag);
        Assert.Equal(3, now.Body.GetProperty("document").GetProperty("queues").GetArrayLength());
    }

    [Fact]
    public async Task A_version_that_is_not_a_draft_cannot_be_edited_409()
    {
        var published = await PlanSteps.PublishedAsync(people, ValidDocument);

        var edit = await Admin.PutAsync($"/{published.Number}", RoutingPlanDocument.Empty, published.ETag);

        edit.Is(HttpStatusCode.Conflict);
        var after = await Admin.GetAsync($"/{published.Number}");
        Assert.Equal(published.Body.GetProperty("sha256").GetString(), after.Body.GetProperty("sha256").GetString());
        Assert.Equal(3, after.Body.GetProperty("document").GetProperty("queues").GetArrayLength());
    }

    [Fact]
    public async Task A_plan_with_errors_is_not_submitted_422_with_field_paths_and_stays_a_draft()
    {
        var document = WithPolicy("999-A", new QueuePolicy("999-A",
            [Rule("a-busy", 10, [OldestWaitOver(20)], new OverflowToQueueAction("999-Z"))], [new PlayAnnouncementAction("hold")]));
        var draft = await PlanSteps.DraftAsync(Admin, document);

        var submit = await Admin.PostAsync($"/{draft.Number}/submit");

        submit.Is(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application/problem+json", submit.ContentType);
        var errors = submit.Body.GetProperty("errors");
        Assert.True(errors.TryGetProperty("queues[0].rules[0].actions[0].queueCode", out _), submit.Text);
        Assert.True(errors.TryGetProperty("queues[0].defaultActions[0]", out _), submit.Text);
        Assert.Contains(submit.Body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "announcement-on-999");
        var after = await Admin.GetAsync($"/{draft.Number}");
        Assert.Equal("Draft", after.Body.GetProperty("state").GetString());
        Assert.Equal(draft.ETag, after.ETag);
    }

    [Fact]
    public async Task An_incomplete_document_or_an_unknown_field_is_400_naming_the_field_and_nothing_is_stored()
    {
        var created = await Admin.PostAsync("");

        var missing = await Admin.PutAsync($"/{created.Number}",
            """{"queues":[{"queueCode":"999-A","rules":[{"id":"r","name":"n","priority":1,"conditions":[],"actions":[{"kind":"overflowToQueue"}]}],"defaultActions":[]}],"contingencyPlans":[]}""",
            created.ETag);
        var unknown = await Admin.PutAsync($"/{created.Number}", """{"queues":[],"contingencyPlans":[],"colour":"red"}""", created.ETag);
        var badKind = await Admin.PutAsync($"/{created.Number}",
            """{"queues":[{"queueCode":"q","rules":[],"defaultActions":[{"kind":"teleport"}]}],"contingencyPlans":[]}""", created.ETag);

        missing.Is(HttpStatusCode.BadRequest);
        Assert.True(missing.Body.GetProperty("errors").TryGetProperty("queues[0].rules[0].actions[0].queueCode", out _), missing.Text);
        unknown.Is(HttpStatusCode.BadRequest);
        Assert.True(unknown.Body.GetProperty("errors").TryGetProperty("colour", out _), unknown.Text);
        badKind.Is(HttpStatusCode.BadRequest);
        Assert.Equal(created.ETag, (await Admin.GetAsync($"/{created.Number}")).ETag);
    }

    [Fact]
    public async Task A_body_over_1_MB_is_413_and_nothing_is_stored()
    {
        var created = await Admin.PostAsync("");
        var huge = $$"""{"queues":[],"contingencyPlans":[],"pad":"{{new string('x', 1024 * 1024)}}"}""";

        var answer = await Admin.PutAsync($"/{created.Number}", huge, created.ETag);

        answer.Is(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(created.ETag, (await Admin.GetAsync($"/{created.Number}")).ETag);
    }

    [Fact]
    public async Task Unknown_versions_are_404_and_copying_a_missing_version_is_400()
    {
        (await Admin.GetAsync("/9999")).Is(HttpStatusCode.NotFound);
        (await Admin.PutAsync("/9999", RoutingPlanDocument.Empty, "\"x\"")).Is(HttpStatusCode.NotFound);
        (await Admin.PostAsync("/9999/submit")).Is(HttpStatusCode.NotFound);
        (await Admin.GetAsync("/1/diff/9999")).Is(HttpStatusCode.NotFound);
        var copy = await Admin.PostAsync("", new { copyFrom = 9999 });
        copy.Is(HttpStatusCode.BadRequest);
        Assert.True(copy.Body.GetProperty("errors").TryGetProperty("copyFrom", out _));
    }

    [Fact]
    public async Task Steps_out_of_order_are_409()
    {
        var draft = await PlanSteps.DraftAsync(Admin, ValidDocument);

        (await people.Approver.PostAsync($"/{draft.Number}/approve")).Is(HttpStatusCode.Conflict);
        (await Admin.PostAsync($"/{draft.Number}/publish")).Is(HttpStatusCode.Conflict);
        (await Admin.PostAsync($"/{draft.Number}/rollback")).Is(HttpStatusCode.Conflict);
        Assert.Equal("Draft", (await Admin.GetAsync($"/{draft.Number}")).Body.GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_approver_can_send_a_submitted_version_back_to_draft_with_a_reason()
    {
        var draft = await PlanSteps.DraftAsync(Admin, ValidDocument);
        (await Admin.PostAsync($"/{draft.Number}/submit")).Is(HttpStatusCode.OK);

        (await people.Approver.PostAsync($"/{draft.Number}/return", new { reason = "" })).Is(HttpStatusCode.BadRequest);
        var returned = await people.Approver.PostAsync($"/{draft.Number}/return", new { reason = "Check the 101 announcement" });

        returned.Is(HttpStatusCode.OK);
        Assert.Equal("Draft", returned.Body.GetProperty("state").GetString());
        Assert.Equal("Check the 101 announcement", returned.Body.GetProperty("returnedReason").GetString());
    }

    [Fact]
    public async Task A_copy_starts_with_the_rules_of_its_source()
    {
        var source = await PlanSteps.DraftAsync(Admin, ValidDocument);

        var copy = await Admin.PostAsync("", new { copyFrom = source.Number });

        copy.Is(HttpStatusCode.Created);
        Assert.Equal(source.Number, copy.Body.GetProperty("copiedFrom").GetInt32());
        Assert.Equal(3, copy.Body.GetProperty("document").GetProperty("queues").GetArrayLength());
    }

    [Fact]
    public async Task Rollback_is_a_new_version_with_the_old_rules_that_still_needs_another_persons_approval()
    {
        var first = await PlanSteps.PublishedAsync(people, ValidDocument);
        var changed = ValidDocument with { Queues = [ValidDocument.Queues[0], ValidDocument.Queues[1]] };
        await PlanSteps.PublishedAsync(people, changed);

        var rollback = await Admin.PostAsync($"/{first.Number}/rollback");

        rollback.Is(HttpStatusCode.Created);
        Assert.Equal("Submitted", rollback.Body.GetProperty("state").GetString());
        Assert.Equal(first.Number, rollback.Body.GetProperty("rollbackOf").GetInt32());
        (await Admin.PostAsync($"/{rollback.Number}/approve")).Is(HttpStatusCode.Forbidden);
        (await people.Approver.PostAsync($"/{rollback.Number}/approve")).Is(HttpStatusCode.OK);
        var republished = await Admin.PostAsync($"/{rollback.Number}/publish");
        republished.Is(HttpStatusCode.OK);
        Assert.True(rollback.Number > first.Number);
        Assert.Equal(first.Body.GetProperty("sha256").GetString(), republished.Body.GetProperty("sha256").GetString());
        Assert.True(republished.Body.GetProperty("inForce").GetBoolean());
    }

    [Fact]
    public async Task Publishing_checks_the_configuration_again_422_when_it_changed_since_approval()
    {
        var approved = await PlanSteps.ApprovedAsync(people, ValidDocument);
        var saved = people.Factory.Agreements.Usable;
        people.Factory.Agreements.Usable = [];
        try
        {
            var publish = await Admin.PostAsync($"/{approved.Number}/publish");

            publish.Is(HttpStatusCode.UnprocessableEntity);
            Assert.True(publish.Body.GetProperty("errors").TryGetProperty("queues[1].rules[0].actions[0].agreementId", out _), publish.Text);
            Assert.Equal("Approved", (await Admin.GetAsync($"/{approved.Number}")).Body.GetProperty("state").GetString());
        }
        finally
        {
            people.Factory.Agreements.Usable = saved;
        }
    }

    [Fact]
    public async Task A_publication_time_in_the_past_or_malformed_is_400()
    {
        var approved = await PlanSteps.ApprovedAsync(people, ValidDocument);

        var past = await Admin.PostAsync($"/{approved.Number}/publish", new { at = DateTimeOffset.UtcNow.AddHours(-1) });
        var malformed = await Admin.PostAsync($"/{approved.Number}/publish", """{"at":"tomorrow"}""");

        past.Is(HttpStatusCode.BadRequest);
        Assert.True(past.Body.GetProperty("errors").TryGetProperty("at", out _));
        malformed.Is(HttpStatusCode.BadRequest);
        Assert.Equal("Approved", (await Admin.GetAsync($"/{approved.Number}")).Body.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_diff_names_what_changed_between_two_versions()
    {
        var a = await PlanSteps.DraftAsync(Admin, ValidDocument);
        var changed = ValidDocument with
        {
            Queues =
            [
                new QueuePolicy("999-A", [Rule("a-busy", 5, [OldestWaitOver(30)], new OverflowToQueueAction("999-B"))], [new ServingCentresAction()]),
                ValidDocument.Queues[1],
            ],
        };
        var b = await PlanSteps.DraftAsync(Admin, changed);

        var diff = await Admin.GetAsync($"/{a.Number}/diff/{b.Number}");

        diff.Is(HttpStatusCode.OK);
        var queues = diff.Body.GetProperty("queues").EnumerateArray().ToList();
        Assert.Equal(["101", "999-A"], queues.Select(q => q.GetProperty("queueCode").GetString()));
        Assert.Equal("Removed", queues[0].GetProperty("change").GetString());
        var rule = queues[1].GetProperty("rules")[0];
        Assert.Equal(["priority", "conditions", "actions"], rule.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("notify", rule.GetProperty("actions").GetProperty("removed")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Editors_may_draft_and_submit_but_not_approve_or_publish_and_viewers_only_read()
    {
        var draft = await PlanSteps.DraftAsync(people.Editor, ValidDocument);
        (await people.Editor.PostAsync($"/{draft.Number}/submit")).Is(HttpStatusCode.OK);

        (await people.Editor.PostAsync($"/{draft.Number}/approve")).Is(HttpStatusCode.Forbidden);
        (await people.Approver.PostAsync($"/{draft.Number}/approve")).Is(HttpStatusCode.OK);
        (await people.Editor.PostAsync($"/{draft.Number}/publish")).Is(HttpStatusCode.Forbidden);
        (await people.Viewer.GetAsync($"/{draft.Number}")).Is(HttpStatusCode.OK);
        (await people.Viewer.PostAsync("")).Is(HttpStatusCode.Forbidden);
        Assert.Equal("Approved", (await Admin.GetAsync($"/{draft.Number}")).Body.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_token_needs_routing_read_to_read_and_routing_write_to_change()
    {
        using var reader = await people.Factory.BearerClientAsync("routing.read");
        using var writer = await people.Factory.BearerClientAsync("routing.write");

        var read = await reader.GetAsync("/met/api/routing/plans");
        var refused = await reader.PostAsync("/met/api/routing/plans", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        var created = await writer.PostAsync("/met/api/routing/plans", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        var writerReads = await writer.GetAsync("/met/api/routing/plans");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, writerReads.StatusCode);
    }

    [Fact]
    public async Task Every_step_is_in_the_audit_log()
    {
        var published = await PlanSteps.PublishedAsync(people, ValidDocument);

        var entries = await Admin.Browser.GetStringAsync($"/met/api/audit?category=routing&q=routing-plan:{published.Number}&pageSize=50");

        foreach (var action in new[] { "plan-created", "plan-edited", "plan-submitted", "plan-approved", "plan-published" })
        {
            Assert.Contains($"\"{action}\"", entries);
        }

        Assert.Contains(PlansApiFixture.ApproverEmail, entries);
    }

    private async Task<T> InMetAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        var settings = await people.Factory.Services.GetRequiredService<IShellSettingsManager>().FindAsync("met")
            ?? throw new InvalidOperationException("No tenant met.");
        var shell = await people.Factory.Services.GetRequiredService<ShellHost>().GetOrCreateAsync(settings);
        await using var scope = shell.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
