using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Shell;

namespace Portal.CallRouting.Tests.Support;

/// <summary>
/// The real portal (Development, in-memory bus, SQLite stores) set up with the demo recipe: the police forces met and
/// city, each with the call routing module and an automation client ("met-automation", "city-automation") holding
/// routing.read, routing.write and routing.events. <paramref name="settings"/> adds configuration (another bus, PostgreSQL).
/// </summary>
public class AgreementsPortalFactory(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@agreements-tests.example.org";
    public const string AdminPassword = "Agreements-Tests-Passw0rd!";
    public const string ClientSecret = "agreements-tests-client-secret-0123456789";

    public string DataDir { get; } = Directory.CreateTempSubdirectory("portal-agreements-tests-").FullName;

    public ShellHost Shells => Services.GetRequiredService<ShellHost>();

    public HttpClient CreateApiClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A client of <paramref name="tenant"/>'s API with a client-credentials token of its automation client.</summary>
    public async Task<HttpClient> ApiAsync(string tenant, string scope = "routing.read routing.write")
    {
        using var anonymous = CreateApiClient();
        var response = await anonymous.PostAsync($"/{tenant}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = $"{tenant}-automation", ["client_secret"] = ClientSecret, ["scope"] = scope,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token request of {tenant} answered {(int)response.StatusCode}: {body}");
        var client = CreateApiClient();
        client.BaseAddress = new Uri(client.BaseAddress!, $"/{tenant}/");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>Runs <paramref name="work"/> in a scope of <paramref name="tenant"/>'s container.</summary>
    public async Task<T> InTenantAsync<T>(string tenant, Func<IServiceProvider, Task<T>> work)
    {
        var shell = await Shells.GetOrCreateAsync(Shells.Table.Find(tenant) ?? throw new InvalidOperationException($"No tenant {tenant}."));
        await using var scope = shell.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A running tenant with the given features only (no call routing unless asked), set up like a supplier would be.</summary>
    public async Task EnsureTenantAsync(string name, params string[] features)
    {
        var tenants = Services.GetRequiredService<IShellSettingsManager>();
        if (await tenants.FindAsync(name) is { State: TenantState.Running })
        {
            return;
        }

        await tenants.CreateAsync(new ShellSettings { Name = name, UrlPrefix = name, DisplayName = name });
        var recipe = JsonSerializer.Serialize(new
        {
            name = "agreements-tests",
            displayName = "Agreements tests",
            steps = new object[] { new { name = "feature", enable = features } },
        });
        var result = await Services.GetRequiredService<ITenantSetupService>().SetupAsync(name, recipe, new Dictionary<string, string>());
        Assert.True(result.Succeeded, $"Setting up {name} failed: {string.Join(" ", result.Errors)}");
        await Shells.GetOrCreateAsync(Shells.Table.Find(name)!);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", DataDir);
        // demo-empty: the demo's forces without its routing data, so each test builds the configuration it asserts on.
        builder.UseSetting("Portal:Setup:Recipe", "demo-empty");
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Portal:Setup:ClientSecret", ClientSecret);
        builder.UseSetting("Portal:OpenId:AllowPlainHttp", "true");
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
