using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Portal.CallRouting.Domain.Rules;
using Portal.CallRouting.Tests.Support.Decisions;
using static Portal.CallRouting.Tests.Support.Decisions.DecisionPlanBuilder;

namespace Portal.CallRouting.Tests.Decisions;

/// <summary><c>/met/api/routing/contingency-plans</c>, the page <c>/met/routing/contingency</c>, and a contingency reaching decisions.</summary>
public sealed class ContingencyApiTests(DecisionsPortalFactory factory) : IClassFixture<DecisionsPortalFactory>
{
    private const string Url = "/met/api/routing/contingency-plans";

    private void Publish() => factory.Inputs.Plan = new DecisionPlanBuilder()
        .WithContingency("evacuate-a", 240, new QueuePolicy("999", [Rule("evac", 1, [], new RouteToCentreAction("B"))], [new ServingCentresAction()]))
        .WithContingency("storm", 60, new QueuePolicy("999", [Rule("storm", 1, [], new RouteToCentreAction("C"))], [new ServingCentresAction()]))
        .WithContingency("page-plan", 30, new QueuePolicy("101", [], [new ServingCentresAction()]))
        .WithContingency("spare", 30)
        .Build(version: 3);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Activating_changes_the_next_decision_and_reverting_restores_it()
    {
        Publish();
        using var api = await factory.AutomationAsync();

        var activated = await api.PostAsync($"{Url}/evacuate-a/activate", Json("""{"reason":"Centre A evacuated: fire alarm"}"""));
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        var activation = await activated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("client:met-automation", activation.GetProperty("activatedBy").GetString());

        var list = await api.GetFromJsonAsync<JsonElement>(Url);
        var plan = list.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "evacuate-a");
        Assert.Equal(activation.GetProperty("id").GetString(), plan.GetProperty("active").GetProperty("id").GetString());

        var during = await (await api.PostAsync("/met/api/routing/decisions", Json("""{"service":"999"}"""))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("evacuate-a", during.GetProperty("contingency").GetString());
        Assert.Equal("B", during.GetProperty("target").GetProperty("centre").GetString());

        var reverted = await api.PostAsync($"{Url}/evacuate-a/revert", Json("""{"reason":"All clear"}"""));
        Assert.Equal(HttpStatusCode.OK, reverted.StatusCode);
        var after = await (await api.PostAsync("/met/api/routing/decisions", Json("""{"service":"999"}"""))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, after.GetProperty("contingency").ValueKind);
        Assert.Equal("A", after.GetProperty("target").GetProperty("centre").GetString());
    }

    [Fact]
    public async Task Activating_an_active_plan_is_409_and_reverting_an_inactive_one_is_409()
    {
        Publish();
        using var api = await factory.AutomationAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{Url}/storm/activate", Json("""{"reason":"Storm Bert"}"""))).StatusCode);

        await ProblemAsync(await api.PostAsync($"{Url}/storm/activate", Json("""{"reason":"again"}""")), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"{Url}/storm/revert", Json("""{"reason":"passed"}"""))).StatusCode);
        await ProblemAsync(await api.PostAsync($"{Url}/storm/revert", Json("""{"reason":"again"}""")), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_unknown_code_is_404()
    {
        Publish();
        using var api = await factory.AutomationAsync();

        await ProblemAsync(await api.PostAsync($"{Url}/no-such-plan/activate", Json("""{"reason":"x"}""")), HttpStatusCode.NotFound);
        await ProblemAsync(await api.PostAsync($"{Url}/no-such-plan/revert", Json("""{"reason":"x"}""")), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{}""", "reason")]
    [InlineData("""{"reason":"   "}""", "reason")]
    [InlineData("""{"reason":42}""", "reason")]
    [InlineData("""{"reason":"x","until":"tomorrow"}""", "until")]
    public async Task A_missing_or_malformed_reason_is_400_and_nothing_is_switched(string json, string field)
    {
        Publish();
        using var api = await factory.AutomationAsync();

        var problem = await ProblemAsync(await api.PostAsync($"{Url}/spare/activate", Json(json)), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var list = await api.GetFromJsonAsync<JsonElement>(Url);
        Assert.Equal(JsonValueKind.Null, list.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "spare").GetProperty("active").ValueKind);
    }

    [Fact]
    public async Task A_body_over_1_MB_is_413()
    {
        Publish();
        using var api = await factory.AutomationAsync();

        await ProblemAsync(await api.PostAsync($"{Url}/spare/activate", Json("{\"reason\":\"" + new string('x', 1024 * 1024) + "\"}")),
            HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Without_a_published_plan_listing_and_activating_are_409()
    {
        factory.Inputs.Plan = null;
        try
        {
            using var api = await factory.AutomationAsync();

            await ProblemAsync(await api.GetAsync(Url), HttpStatusCode.Conflict);
            await ProblemAsync(await api.PostAsync($"{Url}/spare/activate", Json("""{"reason":"x"}""")), HttpStatusCode.Conflict);
        }
        finally
        {
            Publish();
        }
    }

    [Fact]
    public async Task Anonymous_is_401()
    {
        using var anonymous = factory.CreateApiClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"{Url}/spare/activate", Json("""{"reason":"x"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"{Url}/spare/revert", Json("""{"reason":"x"}"""))).StatusCode);
    }

    [Fact]
    public async Task Switching_needs_the_routing_write_scope()
    {
        Publish();
        using var readOnly = await factory.AutomationAsync("routing.read");

        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync($"{Url}/spare/activate", Json("""{"reason":"x"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync($"{Url}/spare/revert", Json("""{"reason":"x"}"""))).StatusCode);
    }

    [Fact]
    public async Task Switching_needs_the_activate_contingency_permission()
    {
        Publish();
        var secret = await factory.RegisterClientAsync("contingency-editor", ["Editor"], ["routing.read", "routing.write"]);
        using var editor = factory.Bearer(await factory.TokenAsync("contingency-editor", secret, "routing.read routing.write"));

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync($"{Url}/spare/activate", Json("""{"reason":"x"}"""))).StatusCode);
    }

    [Fact]
    public async Task The_page_switches_a_plan_on_and_off_with_a_reason_and_refuses_an_empty_one()
    {
        Publish();
        using var browser = await DecisionsBrowser.SignInAsync(factory);
        const string page = "/met/routing/contingency";

        var refused = await DecisionsBrowser.PostFormAsync(browser, page, page + "/page-plan/activate", [new("reason", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("href=\"#reason-page-plan\"", html);

        var on = await DecisionsBrowser.PostFormAsync(browser, page, page + "/page-plan/activate", [new("reason", "Drill")]);
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        var shown = await (await browser.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("The contingency plan page-plan was switched on.", shown);
        Assert.Contains("Switch off", shown);

        var off = await DecisionsBrowser.PostFormAsync(browser, page, page + "/page-plan/revert", [new("reason", "Drill over")]);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
    }

    [Fact]
    public async Task The_page_refuses_a_post_without_the_antiforgery_token()
    {
        Publish();
        using var browser = await DecisionsBrowser.SignInAsync(factory);

        var response = await browser.PostAsync("/met/routing/contingency/spare/activate",
            new FormUrlEncodedContent([new KeyValuePair<string, string>("reason", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
