using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Tests.Support.Live;

/// <summary>
/// The real portal (Development, embedded defaults: SQLite, in-memory bus, in-process live state) set up with the
/// demo recipe, so tenant <c>met</c> has call routing and the client <c>met-automation</c> (Administrator; scopes
/// routing.read, routing.write, routing.events). The registry's directory and centre states are other lanes' work:
/// fakes, registered in the host and so copied into every tenant's container.
/// </summary>
public sealed class LiveStatePortalFactory : WebApplicationFactory<Program>
{
    public const string ClientSecret = "live-tests-client-secret-0123456789";
    public const string Client = "met-automation";
    public const string Tenant = "/met";

    private readonly string _dataDir = System.IO.Directory.CreateTempSubdirectory("portal-live-tests-").FullName;

    public FakeRoutingDirectory Directory { get; } = new(LiveTestConfiguration.Force);

    public FakeCentreServiceStates CentreStates { get; }

    public LiveStatePortalFactory() => CentreStates = new FakeCentreServiceStates(Directory, TimeProvider.System);

    public const string AdminEmail = "admin@live-tests.example.org";
    public const string AdminPassword = "Live-Tests-Passw0rd!";

    /// <summary>A browser: keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient CreateApiClient(string? token = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task<string> TokenAsync(string scope)
    {
        using var client = CreateApiClient();
        var response = await client.PostAsync(Tenant + "/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = Client, ["client_secret"] = ClientSecret, ["scope"] = scope,
        }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token request answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString()!;
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
            services.AddSingleton<IRoutingDirectory>(Directory);
            services.AddSingleton<ICentreServiceStates>(CentreStates);
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
