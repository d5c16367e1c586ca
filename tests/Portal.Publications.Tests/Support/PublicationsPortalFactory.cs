using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Host.Shell;

namespace Portal.Publications.Tests.Support;

/// <summary>
/// The real portal set up with the demo's forces met and city (the <c>police-force</c> recipe: publications, no
/// reports yet), on its own data folder.
/// met's automation client ("met-automation", role Administrator) may ask for publications.read and publications.write.
/// </summary>
public class PublicationsPortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@publications-tests.example.org";
    public const string AdminPassword = "Publications-Tests-Passw0rd!";
    public const string ClientSecret = "publications-tests-client-secret-0123456789";
    public const string UserPassword = "Publications-User-Passw0rd-42!";

    /// <summary>The platform's set-up recipe: without the demo's own reports, so tests count only what they publish.</summary>
    protected virtual string SetupRecipe => "demo-empty";

    private readonly string dataDir = Directory.CreateTempSubdirectory("portal-publications-tests-").FullName;

    /// <summary>A client with an access token of met's automation client carrying <paramref name="scope"/>.</summary>
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

    /// <summary>Runs <paramref name="work"/> in a scope of <paramref name="tenant"/>'s container.</summary>
    public async Task<T> InTenantAsync<T>(string tenant, Func<IServiceProvider, Task<T>> work)
    {
        var settings = await Services.GetRequiredService<IShellSettingsManager>().FindAsync(tenant)
            ?? throw new InvalidOperationException($"No tenant {tenant}.");
        var shell = await Services.GetRequiredService<ShellHost>().GetOrCreateAsync(settings);
        await using var scope = shell.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", dataDir);
        builder.UseSetting("Portal:Setup:Recipe", SetupRecipe);
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Portal:Setup:ClientSecret", ClientSecret);
        builder.UseSetting("Portal:OpenId:AllowPlainHttp", "true");
        // The in-process server gives every request the same address: the real sign-in limits would trip across tests.
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataDir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
