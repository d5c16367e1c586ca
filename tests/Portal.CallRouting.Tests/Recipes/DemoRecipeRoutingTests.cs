using System.Net;
using System.Text.Json;
using Portal.CallRouting.Tests.Support;
using Portal.CallRouting.Tests.Support.Recipes;

namespace Portal.CallRouting.Tests.Recipes;

/// <summary>
/// What a newcomer finds after <c>dotnet run</c> (the demo recipe), read through the real API and pages: met's three
/// centres on one 999 queue, its 101 queue with opening hours, published plans in both forces, the contingency plan,
/// the accepted overflow agreement on both sides, and decisions that end at real targets.
/// </summary>
public sealed class DemoRecipeRoutingTests(DemoRoutingPortalFixture demo) : IClassFixture<DemoRoutingPortalFixture>
{
    private const string AgreementId = "met-city-999-mutual-aid";
    private static readonly string[] MetCentres = ["MET-EASTBRIDGE", "MET-NORTHFIELD", "MET-SOUTHMERE"];

    [Fact]
    public async Task Met_has_three_centres_that_all_serve_its_999_queue()
    {
        var centres = await demo.GetAsync("met", "api/routing/centres");
        Assert.Equal(MetCentres, centres.EnumerateArray().Select(c => c.GetProperty("code").GetString()).Order());

        var queue = await demo.GetAsync("met", "api/routing/queues/MET-999");
        Assert.Equal("999", queue.GetProperty("service").GetString());
        Assert.Equal(MetCentres, queue.GetProperty("servingCentres").EnumerateArray().Select(s => s.GetProperty("centreCode").GetString()).Order());
    }

    [Fact]
    public async Task Met_has_a_101_queue_with_opening_hours()
    {
        var queue = await demo.GetAsync("met", "api/routing/queues/MET-101");
        Assert.Equal("101", queue.GetProperty("service").GetString());
        Assert.Equal("MET-101-HOURS", queue.GetProperty("scheduleCode").GetString());

        var schedule = await demo.GetAsync("met", "api/routing/schedules/MET-101-HOURS");
        Assert.Equal(7, schedule.GetProperty("week").GetArrayLength());
    }

    [Fact]
    public async Task Met_has_one_published_plan_with_its_hash_overflow_rules_and_a_contingency_plan()
    {
        var versions = await demo.GetAsync("met", "api/routing/plans");
        var summary = Assert.Single(versions.EnumerateArray());
        Assert.Equal("Published", summary.GetProperty("state").GetString());
        Assert.True(summary.GetProperty("inForce").GetBoolean());

        var plan = await demo.GetAsync("met", "api/routing/plans/1");
        Assert.Matches("^[0-9a-f]{64}$", plan.GetProperty("sha256").GetString());
        Assert.Equal("recipe:demo-met", plan.GetProperty("submittedBy").GetString());
        Assert.Equal("recipe:demo-met:approval", plan.GetProperty("approvedBy").GetString());
        Assert.Equal("recipe:demo-met:approval", plan.GetProperty("publishedBy").GetString());
        var rules = plan.GetProperty("document").GetProperty("queues").EnumerateArray()
            .Single(q => q.GetProperty("queueCode").GetString() == "MET-999").GetProperty("rules").EnumerateArray().ToList();
        var actions = rules.SelectMany(r => r.GetProperty("actions").EnumerateArray()).ToList();
        Assert.Contains(actions, a => a.GetProperty("kind").GetString() == "overflowToPartner" && a.GetProperty("agreementId").GetString() == AgreementId);
        Assert.Contains(rules, r => r.GetProperty("conditions").EnumerateArray().Any(c => c.GetProperty("metric").GetString() == "OldestWaitSeconds"));
        Assert.Contains(rules, r => r.GetProperty("conditions").EnumerateArray().Any(c => c.GetProperty("metric").GetString() == "QueueLength"));

        var contingency = await demo.GetAsync("met", "api/routing/contingency-plans");
        var evacuation = Assert.Single(contingency.EnumerateArray());
        Assert.Equal("MET-NORTHFIELD-EVACUATED", evacuation.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, evacuation.GetProperty("active").ValueKind);
    }

    [Fact]
    public async Task The_accepted_agreement_is_in_both_forces_with_the_same_terms()
    {
        var atMet = await AgreementAsync("met");
        var atCity = await AgreementAsync("city");

        Assert.Equal(("Proposer", "city", "Accepted"), (atMet.GetProperty("role").GetString(), atMet.GetProperty("partner").GetString(), atMet.GetProperty("state").GetString()));
        Assert.Equal(("Partner", "met", "Accepted"), (atCity.GetProperty("role").GetString(), atCity.GetProperty("partner").GetString(), atCity.GetProperty("state").GetString()));
        foreach (var field in new[] { "queueCode", "maxConcurrentCalls", "expiresAt" })
        {
            Assert.Equal(atMet.GetProperty(field).ToString(), atCity.GetProperty(field).ToString());
        }

        Assert.True(atMet.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(365));
    }

    [Fact]
    public async Task City_has_its_centre_queues_and_published_plan()
    {
        var centres = await demo.GetAsync("city", "api/routing/centres");
        Assert.Equal("COL-MERCER", Assert.Single(centres.EnumerateArray()).GetProperty("code").GetString());
        var queues = await demo.GetAsync("city", "api/routing/queues");
        Assert.Equal(["COL-101", "COL-999"], queues.EnumerateArray().Select(q => q.GetProperty("code").GetString()).Order());

        var plan = await demo.GetAsync("city", "api/routing/plans/1");
        Assert.Equal("Published", plan.GetProperty("state").GetString());
        Assert.Matches("^[0-9a-f]{64}$", plan.GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task A_999_call_to_met_goes_to_one_of_its_centres_under_the_published_plan()
    {
        var decision = await demo.DecideAsync("met", new { service = "999" });

        Assert.Equal(1, decision.GetProperty("planVersion").GetInt32());
        Assert.Equal("MET-999", decision.GetProperty("queue").GetString());
        var target = decision.GetProperty("target");
        Assert.Equal("centre", target.GetProperty("kind").GetString());
        Assert.Contains(target.GetProperty("centre").GetString(), MetCentres);
        Assert.NotEqual(0, decision.GetProperty("trace").GetArrayLength());
    }

    [Fact]
    public async Task A_101_call_to_met_when_the_line_is_closed_hears_the_announcement()
    {
        // Sunday 29 November 2026, 22:30 in London (GMT): the 101 line closed at 20:00.
        var decision = await demo.DecideAsync("met", new { service = "101", at = "2026-11-29T22:30:00+00:00" });

        Assert.Equal("met-101-closed", decision.GetProperty("rule").GetProperty("id").GetString());
        Assert.Equal("announcement", decision.GetProperty("target").GetProperty("kind").GetString());
        Assert.StartsWith("The 101 line is closed.", decision.GetProperty("target").GetProperty("announcement").GetString());
    }

    [Fact]
    public async Task A_101_call_to_met_in_opening_hours_goes_to_a_centre()
    {
        // Monday 30 November 2026, 10:00 in London.
        var decision = await demo.DecideAsync("met", new { service = "101", at = "2026-11-30T10:00:00+00:00" });

        Assert.Equal("centre", decision.GetProperty("target").GetProperty("kind").GetString());
        Assert.Contains(decision.GetProperty("target").GetProperty("centre").GetString(), MetCentres);
    }

    [Theory]
    [InlineData("/met/routing/centres", "Northfield Contact Centre")]
    [InlineData("/met/routing/queues", "Non-emergency 101")]
    [InlineData("/met/routing/plans", "recipe:demo-met")]
    [InlineData("/met/routing/agreements", "city")]
    [InlineData("/city/routing/centres", "Mercer Court Control Room")]
    public async Task The_pages_show_the_demo_configuration(string page, string expected)
    {
        var tenant = page.Split('/')[1];
        using var browser = await AgreementsBrowser.SignInAsync(demo.Factory, tenant);
        using var response = await browser.Http.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(html));
    }

    private async Task<JsonElement> AgreementAsync(string tenant) =>
        Assert.Single((await demo.GetAsync(tenant, "api/routing/agreements")).EnumerateArray(), a => a.GetProperty("id").GetString() == AgreementId);
}
