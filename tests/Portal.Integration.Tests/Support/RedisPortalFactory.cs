using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Host.Shell;

namespace Portal.Integration.Tests.Support;

/// <summary>
/// The real portal in process (Development, demo recipe: Default, met and city with their automation clients) on
/// its own data folder, pointed at a Redis. <see cref="InstanceName"/> keeps its keys apart from other tests'.
/// </summary>
/// <param name="dataDir">A data folder shared with another instance (two nodes on one store); else one of its own.</param>
public sealed class RedisPortalFactory(string redisConfiguration, string instanceName, IReadOnlyDictionary<string, string>? settings = null,
    string? dataDir = null) : WebApplicationFactory<Program>
{
    public const string ClientSecret = "redis-tests-client-secret-0123456789";

    public string DataDir { get; } = dataDir ?? Directory.CreateTempSubdirectory("portal-it-redis-portal-").FullName;

    public string InstanceName => instanceName;

    public CapturedLog Log { get; } = new();

    public HttpClient CreateApiClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A client-credentials token request to a tenant: passes the token endpoint's rate limits.</summary>
    public async Task<(HttpStatusCode Status, string Body)> RequestTokenAsync(HttpClient client, string pathBase, string clientId, string scope)
    {
        using var response = await client.PostAsync(pathBase + "/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = ClientSecret, ["scope"] = scope,
        }));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The tenant's own <see cref="IDistributedCache"/>, as its modules get it.</summary>
    public async Task<IDistributedCache> TenantCacheAsync(string tenant) =>
        (await TenantShellAsync(tenant)).Services.GetRequiredService<IDistributedCache>();

    /// <summary>The tenant's running shell on this instance, built if needed.</summary>
    public async Task<ShellContext> TenantShellAsync(string tenant)
    {
        var shells = Services.GetRequiredService<ShellHost>();
        return await shells.GetOrCreateAsync(shells.Table.Find(tenant) ?? throw new InvalidOperationException($"No tenant {tenant}."));
    }

    public async Task<JsonElement> ReadinessAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/health/ready answered {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>
    /// The connection to Redis is made in the background after start-up (start-up never waits for Redis): wait
    /// until readiness reports it.
    /// </summary>
    public async Task WaitForRedisAsync(HttpClient client, string status = "Healthy") =>
        await Poll.UntilAsync($"readiness reports redis {status}", TimeSpan.FromSeconds(30), async () =>
        {
            var report = await ReadinessAsync(client);
            return (CheckStatus(report, "redis") == status, report.ToString());
        });

    public static string? CheckStatus(JsonElement readiness, string name) =>
        readiness.GetProperty("checks").EnumerateArray().FirstOrDefault(c => c.GetProperty("name").GetString() == name) is { ValueKind: JsonValueKind.Object } check
            ? check.GetProperty("status").GetString()
            : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", DataDir);
        builder.UseSetting("Portal:Setup:Recipe", "demo");
        builder.UseSetting("Portal:Setup:AdminEmail", "admin@redis-tests.example.org");
        builder.UseSetting("Portal:Setup:AdminPassword", "Redis-Tests-Passw0rd!");
        builder.UseSetting("Portal:Setup:ClientSecret", ClientSecret);
        builder.UseSetting("Portal:OpenId:AllowPlainHttp", "true");
        builder.UseSetting("Portal:Redis:Configuration", redisConfiguration);
        builder.UseSetting("Portal:Redis:InstanceName", instanceName);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && dataDir is null)
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
