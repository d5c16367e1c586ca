using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Agreements;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Tests.Support.Plans;

/// <summary>
/// The real portal set up with the demo recipe (tenants met and city have call routing), on its own data folder,
/// with the configuration, centre states and agreements the plans depend on supplied by fakes (their own lanes
/// implement them), and a clock the tests can move forward. Every tenant container copies these host singletons.
/// </summary>
public sealed class PlansPortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@plans-tests.example.org";
    public const string AdminPassword = "Plans-Tests-Passw0rd!";
    public const string ClientSecret = "plans-tests-client-secret-0123456789";
    public const string UserPassword = "Plans-User-Passw0rd-42!";

    private readonly string _dataDir = System.IO.Directory.CreateTempSubdirectory("portal-plans-tests-").FullName;

    public PlansTestClock Clock { get; } = new();
    public FakeRoutingDirectory RoutingDirectory { get; } = new();
    public FakeOverflowAgreements Agreements { get; } = new();
    public FakeCentreServiceStates CentreStates { get; }

    public PlansPortalFactory() => CentreStates = new FakeCentreServiceStates(Clock);

    /// <summary>An access token of met's automation client (role Administrator) with <paramref name="scope"/>.</summary>
    public async Task<HttpClient> BearerClientAsync(string scope)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var response = await client.PostAsync("/met/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "met-automation", ["client_secret"] = ClientSecret, ["scope"] = scope,
        }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token request answered {(int)response.StatusCode}: {text}");
        var token = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser: keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

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
        // The in-process server gives every request the same address: the real sign-in limits would trip across tests.
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IRoutingDirectory>(RoutingDirectory);
            services.AddSingleton<ICentreServiceStates>(CentreStates);
            services.AddSingleton<IOverflowAgreements>(Agreements);
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
                System.IO.Directory.Delete(_dataDir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
