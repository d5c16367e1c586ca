using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.CallRouting.Simulator;
using Portal.CallRouting.Tests.Support.Live;

namespace Portal.CallRouting.Tests.Live;

/// <summary>
/// The dashboard page as a person uses it: the figures as tables without JavaScript, the simulator's form (errors in
/// the GOV.UK error summary, antiforgery), and a signed-in person refused on the telephony events API.
/// </summary>
public sealed class LiveDashboardPageTests(LiveStatePortalFactory portal) : IClassFixture<LiveStatePortalFactory>
{
    private const string Dashboard = "/met/routing/dashboard";

    [Fact]
    public async Task The_dashboard_shows_the_live_figures_as_tables_without_javascript()
    {
        using var sender = portal.CreateApiClient(await portal.TokenAsync("routing.events"));
        using var browser = await LiveBrowser.SignInAsync(portal);
        var accepted = await LiveApi.PostJsonAsync(sender, LiveApi.Events,
            $$"""{ "type": "centreStateChanged", "centre": "NORTH", "state": "MajorIncidentInProgress", "reason": "Flooding", "at": "{{LiveApi.Now()}}" }""");
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        await LivePoll.UntilAsync("North's major incident on the dashboard page", TimeSpan.FromSeconds(20), async () =>
        {
            var html = await browser.GetStringAsync(Dashboard);
            return (html.Contains("Major incident in progress", StringComparison.Ordinal) && html.Contains("Flooding", StringComparison.Ordinal), html.Length.ToString());
        });
        var page = await browser.GetStringAsync(Dashboard);
        Assert.Contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Queues</caption>", page);
        Assert.Contains("data-queue=\"Q999\"", page);
        Assert.Contains("Emergency 999", page);
        Assert.Contains("Answered within 10 s (15 min)", page);
        Assert.Contains("data-centre=\"SOUTH\"", page);
        Assert.Contains("/met/routing/dashboard/stream", page);
    }

    [Fact]
    public async Task A_signed_in_person_cannot_send_telephony_events()
    {
        using var browser = await LiveBrowser.SignInAsync(portal);

        var response = await browser.PostAsync(LiveApi.Events, new StringContent(
            $$"""{ "type": "callOffered", "callId": "person", "queue": "Q999", "at": "{{LiveApi.Now()}}" }""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_simulator_form_shows_errors_by_field_refuses_forged_posts_and_starts_and_stops()
    {
        await portal.Services.GetRequiredService<IShellFeatureManager>().UpdateAsync("met", [SimulatorStartup.FeatureId], [], null);
        using var browser = await LiveBrowser.SignInAsync(portal);
        Assert.Contains("Start the simulator", await browser.GetStringAsync(Dashboard));

        var forged = await browser.PostAsync(Dashboard + "/simulator/start", new FormUrlEncodedContent([new("MeanHandlingSeconds", "60")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var invalid = await LiveBrowser.PostFormAsync(browser, Dashboard, Dashboard + "/simulator/start",
            [new("CallsPerMinute[Q999]", "6"), new("CallsPerMinute[Q101]", "0"), new("Agents[NORTH]", "-2"), new("Agents[SOUTH]", "1"),
             new("MeanHandlingSeconds", "0"), new("Distribution", "Exponential"), new("MeanPatienceSeconds", "30")]);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("href=\"#Agents_NORTH_\"", html);
        Assert.Contains("href=\"#MeanHandlingSeconds\"", html);
        Assert.Contains("id=\"Agents_NORTH_\"", html);

        var started = await LiveBrowser.PostFormAsync(browser, Dashboard, Dashboard + "/simulator/start",
            [new("CallsPerMinute[Q999]", "6"), new("CallsPerMinute[Q101]", "0"), new("Agents[NORTH]", "2"), new("Agents[SOUTH]", "1"),
             new("MeanHandlingSeconds", "30"), new("Distribution", "LogNormal"), new("MeanPatienceSeconds", "30")]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Contains("Stop the simulator", await browser.GetStringAsync(Dashboard));

        var stopped = await LiveBrowser.PostFormAsync(browser, Dashboard, Dashboard + "/simulator/stop", []);
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        Assert.Contains("Start the simulator", await browser.GetStringAsync(Dashboard));
    }
}
