using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Shell;

namespace Portal.OpenId.Tests.Support;

/// <summary>
/// The real portal (Development, plain HTTP allowed) on a data folder, set up with the demo recipe: Default with
/// client "platform-automation" (role Administrator), and met and city with "met-automation"/"city-automation".
/// </summary>
public class OpenIdPortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@openid-tests.example.org";
    public const string AdminPassword = "OpenId-Tests-Passw0rd!";
    public const string ClientSecret = "openid-tests-client-secret-0123456789";

    private readonly bool _ownsDataDir;

    public OpenIdPortalFactory() : this(Directory.CreateTempSubdirectory("portal-openid-tests-").FullName, ownsDataDir: true) { }

    internal OpenIdPortalFactory(string dataDir, bool ownsDataDir, string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    {
        DataDir = dataDir;
        _ownsDataDir = ownsDataDir;
        Environment = environment;
        Settings = settings ?? new Dictionary<string, string>();
    }

    public string DataDir { get; }
    public string Environment { get; }
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>A browser: keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient CreateApiClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(string pathBase, IDictionary<string, string> form)
    {
        using var client = CreateApiClient();
        var response = await client.PostAsync(pathBase + "/connect/token", new FormUrlEncodedContent(form));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<string> ClientCredentialsTokenAsync(string pathBase, string clientId, string scope)
    {
        var (status, body) = await TokenAsync(pathBase, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = ClientSecret, ["scope"] = scope,
        });
        Assert.True(status == HttpStatusCode.OK, $"token request answered {(int)status}: {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    public HttpClient BearerClient(string token)
    {
        var client = CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Registers a client through the management API with the Default tenant's automation client.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> CreateClientAsync(object input, string pathBase = "", string adminClient = "platform-automation")
    {
        using var api = BearerClient(await ClientCredentialsTokenAsync(pathBase, adminClient, pathBase == "" ? "platform.read" : "routing.read"));
        var response = await api.PostAsJsonAsync(pathBase + "/api/clients", input);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Runs <paramref name="work"/> in a scope of the Default tenant's container, with its settings.</summary>
    public async Task<T> InDefaultAsync<T>(Func<IServiceProvider, ShellSettings, Task<T>> work)
    {
        var settings = await Services.GetRequiredService<IShellSettingsManager>().FindAsync(ShellSettings.DefaultName)
            ?? throw new InvalidOperationException("No Default tenant.");
        var shell = await Services.GetRequiredService<ShellHost>().GetOrCreateAsync(settings);
        await using var scope = shell.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider, settings);
    }

    /// <summary>
    /// The principal in a token of the Default tenant, as its own validation stack reads it (access tokens are
    /// encrypted, and introspection shows scopes only to a token's audiences).
    /// </summary>
    public Task<ClaimsPrincipal> ValidateAccessTokenAsync(string token) =>
        InDefaultAsync(async (services, _) => await services.GetRequiredService<OpenIddictValidationService>().ValidateAccessTokenAsync(token));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Portal:DataDir", DataDir);
        builder.UseSetting("Portal:Setup:Recipe", "demo");
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        // The in-process server gives every request the same address: the real sign-in limits would trip
        // across tests. The rate-limit tests set low limits of their own.
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        builder.UseSetting("Portal:Setup:ClientSecret", ClientSecret);
        builder.UseSetting("Portal:OpenId:AllowPlainHttp", "true");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDataDir)
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
