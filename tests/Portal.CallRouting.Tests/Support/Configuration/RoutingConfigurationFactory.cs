using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Host.Shell;

namespace Portal.CallRouting.Tests.Support.Configuration;

/// <summary>
/// The real portal (Development, plain HTTP allowed) on its own data folder, set up with the demo recipe: tenants
/// met and city run the police-force recipe (call routing enabled, client "met-automation" with the routing
/// scopes and role Administrator, the platform's administrator as theirs).
/// </summary>
public sealed class RoutingConfigurationFactory : WebApplicationFactory<Program>
{
    public const string Tenant = "/met";
    public const string AdminEmail = "admin@routing-configuration-tests.example.org";
    public const string AdminPassword = "Routing-Config-Passw0rd!";
    public const string ClientSecret = "routing-configuration-client-secret-0123456789";
    public const string Client = "met-automation";

    private readonly string _dataDir = Directory.CreateTempSubdirectory("portal-routing-config-tests-").FullName;
    private readonly ConcurrentDictionary<string, string> _tokens = new();

    /// <summary>A browser: keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client with a met-automation token for <paramref name="scope"/> (space-separated).</summary>
    public async Task<HttpClient> BearerClientAsync(string scope = "routing.read routing.write")
    {
        if (!_tokens.TryGetValue(scope, out var token))
        {
            token = _tokens[scope] = await TokenAsync(scope);
        }

        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Runs <paramref name="work"/> in a scope of met's container, as a routing decision would.</summary>
    public async Task<T> InMetAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        var settings = await Services.GetRequiredService<IShellSettingsManager>().FindAsync("met")
            ?? throw new InvalidOperationException("No tenant met.");
        var shell = await Services.GetRequiredService<ShellHost>().GetOrCreateAsync(settings);
        await using var scope = shell.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private async Task<string> TokenAsync(string scope)
    {
        using var client = CreateAnonymousClient();
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
        // The in-process server gives every request the same address: the sign-in limits would trip across tests.
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        builder.UseSetting("Portal:Setup:ClientSecret", ClientSecret);
        builder.UseSetting("Portal:OpenId:AllowPlainHttp", "true");
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
