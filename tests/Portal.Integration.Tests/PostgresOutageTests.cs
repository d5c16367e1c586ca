using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Host.Shell;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>
/// PostgreSQL stopped under a running portal (a private server of this test, never the shared one): writes through
/// a tenant's API and the platform API, and a page, answer 503 with Retry-After at once (the clients give up after
/// 5 s, so a hang fails the test), nothing is half-written, and once the server is back the same portal (not
/// restarted) serves the same requests again.
/// </summary>
public sealed class PostgresOutageTests : IAsyncLifetime
{
    private const string ClientSecret = PostgresPortalFactory.ClientSecret;

    // Disabling it on city is a platform write that leaves met's scopes API alone.
    private const string Feature = "Portal.OpenId.Management";

    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    private PrivatePostgresServer? _server;
    private PostgresPortalFactory? _portal;

    public async Task InitializeAsync()
    {
        _server = await PrivatePostgresServer.StartAsync();
        _portal = new PostgresPortalFactory(_server.ConnectionString, "outage_");
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_portal is not null)
            {
                await _portal.DisposeAsync();
            }
        }
        finally
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task With_PostgreSQL_stopped_writes_and_pages_answer_503_at_once_and_after_restart_the_same_portal_works()
    {
        var portal = _portal!;
        var server = _server!;
        using var met = ApiClient(portal, await TokenAsync(portal, "/met", "met-automation", "routing.read"));
        using var platform = ApiClient(portal, await TokenAsync(portal, "", "platform-automation", "platform.read platform.write"));
        using var browser = portal.CreateBrowser(new CookieContainer());
        browser.Timeout = NoHang;
        using (var signedIn = await Browser.SignInAsync(browser, browser, "/met"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        // With the server up: a tenant write, a page and the platform's view of city's features work.
        Assert.Equal(HttpStatusCode.Created, await CreateScopeAsync(met, "before-outage"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/met/admin/users")).StatusCode);
        var featuresBefore = await EnabledFeaturesAsync(platform);
        Assert.Contains(Feature, featuresBefore);

        await server.StopImmediatelyAsync();

        // Twice: the first attempt meets the pool's broken connections, the second a refused connection.
        for (var round = 1; round <= 2; round++)
        {
            await AssertStoreUnavailableProblemAsync(await met.PostAsJsonAsync("/met/api/scopes", new { name = "during-outage", displayName = "Refused" }),
                $"tenant API write, round {round}");
            await AssertStoreUnavailableProblemAsync(await platform.PostAsJsonAsync("/api/tenants/city/features", new { disable = new[] { Feature } }),
                $"platform API write, round {round}");

            using var page = await browser.GetAsync("/met/admin/users");
            var html = await page.Content.ReadAsStringAsync();
            Assert.True(page.StatusCode == HttpStatusCode.ServiceUnavailable, $"page, round {round}: {(int)page.StatusCode} {html}");
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("The store is not available", html);
            Assert.NotNull(page.Headers.RetryAfter?.Delta);
        }

        // A tenant whose shell must be built now (released, as after a change): building it needs the store.
        await portal.Services.GetRequiredService<ShellHost>().ReleaseAsync("city");
        await AssertStoreUnavailableProblemAsync(await platform.GetAsync("/city/api/clients"), "a tenant that cannot be started");
        Assert.Contains(portal.Log.Lines, l => l.Contains("Tenant city cannot be started: the store is not available", StringComparison.Ordinal));

        await server.StartAgainAsync();

        // Nothing was half-written: the refused scope is not there, city's features are as they were.
        var scopeStatus = await AnswerOtherThan503Async(() => met.GetAsync("/met/api/scopes/during-outage"), "the scopes API after the restart");
        Assert.Equal(HttpStatusCode.NotFound, scopeStatus);
        Assert.Equal(featuresBefore, await EnabledFeaturesAsync(platform));

        // The same portal, not restarted, takes the same writes and serves the page again.
        await Poll.UntilAsync("the refused scope write succeeds after the restart", Recovery, async () =>
        {
            var status = await CreateScopeAsync(met, "during-outage");
            return (status == HttpStatusCode.Created, ((int)status).ToString());
        });
        await Poll.UntilAsync("the refused feature change succeeds after the restart", Recovery, async () =>
        {
            using var changed = await platform.PostAsJsonAsync("/api/tenants/city/features", new { disable = new[] { Feature } });
            return (changed.StatusCode == HttpStatusCode.OK, $"{(int)changed.StatusCode} {await changed.Content.ReadAsStringAsync()}");
        });

        Assert.DoesNotContain(Feature, await EnabledFeaturesAsync(platform));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/met/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await AnswerOtherThan503Async(() => browser.GetAsync("/city/"), "the released tenant after the restart"));

        // Each outage was logged as a warning, and never with the database password.
        Assert.Contains(portal.Log.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("store is not available", StringComparison.Ordinal));
        Assert.DoesNotContain(portal.Log.Lines, l => l.Contains(PrivatePostgresServer.Password, StringComparison.Ordinal));
    }

    private static async Task AssertStoreUnavailableProblemAsync(HttpResponseMessage response, string what)
    {
        using (response)
        {
            var problem = await Browser.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("The store is not available", (string?)problem["title"]);
            Assert.True(response.Headers.RetryAfter?.Delta is { } wait && wait > TimeSpan.Zero, $"{what}: no Retry-After");
        }
    }

    private static async Task<HttpStatusCode> AnswerOtherThan503Async(Func<Task<HttpResponseMessage>> send, string what)
    {
        var answer = HttpStatusCode.ServiceUnavailable;
        await Poll.UntilAsync(what + " answers", Recovery, async () =>
        {
            using var response = await send();
            answer = response.StatusCode;
            return (answer != HttpStatusCode.ServiceUnavailable, ((int)answer).ToString());
        });
        return answer;
    }

    private static async Task<HttpStatusCode> CreateScopeAsync(HttpClient met, string name)
    {
        using var response = await met.PostAsJsonAsync("/met/api/scopes", new { name, displayName = "Outage test" });
        return response.StatusCode;
    }

    private static async Task<IReadOnlyList<string>> EnabledFeaturesAsync(HttpClient platform)
    {
        var text = await AnswerTextAsync(platform, "/api/tenants/city/features");
        return JsonDocument.Parse(text).RootElement.GetProperty("enabled").EnumerateArray().Select(e => e.GetString()!).Order().ToList();
    }

    private static async Task<string> AnswerTextAsync(HttpClient client, string path)
    {
        string text = "";
        await Poll.UntilAsync($"GET {path} answers 200", Recovery, async () =>
        {
            using var response = await client.GetAsync(path);
            text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        });
        return text;
    }

    private static HttpClient ApiClient(PostgresPortalFactory portal, string token)
    {
        var client = portal.CreateClient();
        client.Timeout = NoHang;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<string> TokenAsync(PostgresPortalFactory portal, string pathBase, string clientId, string scope)
    {
        using var client = portal.CreateClient();
        using var response = await client.PostAsync(pathBase + "/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = ClientSecret, ["scope"] = scope,
        }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token for {clientId} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString()!;
    }
}
