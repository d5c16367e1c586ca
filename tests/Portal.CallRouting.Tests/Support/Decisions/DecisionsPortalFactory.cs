using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Agreements;
using Portal.CallRouting.Live;
using Portal.CallRouting.Plans;

namespace Portal.CallRouting.Tests.Support.Decisions;

/// <summary>
/// The real portal (Development, demo recipe: tenants met and city with call routing, client "met-automation" with
/// routing.read, routing.write and routing.events as Administrator) on its own data folder, with
/// <see cref="TestRoutingInputs"/> standing in for the published plan, live state and agreements.
/// </summary>
public sealed class DecisionsPortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@decisions-tests.example.org";
    public const string AdminPassword = "Decisions-Tests-Passw0rd!";
    public const string ClientSecret = "decisions-tests-client-secret-0123456789";

    private readonly string _dataDir = Directory.CreateTempSubdirectory("portal-decisions-tests-").FullName;

    public TestRoutingInputs Inputs { get; } = new();

    public HttpClient CreateApiClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<string> TokenAsync(string clientId, string secret, string scope)
    {
        using var client = CreateApiClient();
        var response = await client.PostAsync("/met/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
        }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token request answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString()!;
    }

    public async Task<HttpClient> AutomationAsync(string scope = "routing.read routing.write") =>
        Bearer(await TokenAsync("met-automation", ClientSecret, scope));

    public HttpClient Bearer(string token)
    {
        var client = CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Registers a client in met with the given roles and scopes; returns its secret.</summary>
    public async Task<string> RegisterClientAsync(string clientId, string[] roles, string[] scopes)
    {
        using var admin = await AutomationAsync("routing.read");
        var response = await admin.PostAsJsonAsync("/met/api/clients", new
        {
            clientId, displayName = clientId, type = "confidential", grants = new[] { "client_credentials" }, scopes, roles,
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"client registration answered {(int)response.StatusCode}: {body}");
        return body.GetProperty("secret").GetString()!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", _dataDir);
        // demo-empty: the demo's forces without its routing data, so each test builds the configuration it asserts on.
        builder.UseSetting("Portal:Setup:Recipe", "demo-empty");
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Portal:Setup:ClientSecret", ClientSecret);
        builder.UseSetting("Portal:OpenId:AllowPlainHttp", "true");
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IPublishedPlanSource>(Inputs);
            services.AddSingleton<IRoutingLiveStateReader>(Inputs);
            services.AddSingleton<IOverflowAgreements>(Inputs);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
