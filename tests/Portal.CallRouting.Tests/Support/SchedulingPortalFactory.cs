using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Portal.CallRouting.Tests.Support;

/// <summary>
/// The real portal (Development, plain HTTP allowed) on a temporary data folder, set up with the demo recipe: the
/// police forces met and city have call routing and an automation client ("met-automation", role Administrator,
/// scopes routing.read, routing.write and routing.events).
/// </summary>
public sealed class SchedulingPortalFactory : WebApplicationFactory<Program>
{
    public const string ClientSecret = "scheduling-tests-client-secret-0123456789";

    private readonly string dataDir = Directory.CreateTempSubdirectory("portal-scheduling-tests-").FullName;

    public HttpClient CreateApiClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>A client carrying a client-credentials token of <paramref name="tenant"/>'s automation client.</summary>
    public async Task<HttpClient> AutomationClientAsync(string tenant, string scope)
    {
        using var anonymous = CreateApiClient();
        var response = await anonymous.PostAsync($"/{tenant}/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = $"{tenant}-automation",
            ["client_secret"] = ClientSecret,
            ["scope"] = scope,
        }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token request answered {(int)response.StatusCode}: {text}");

        var client = CreateApiClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString());
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", dataDir);
        // demo-empty: the demo's forces without its routing data, so each test builds the configuration it asserts on.
        builder.UseSetting("Portal:Setup:Recipe", "demo-empty");
        builder.UseSetting("Portal:Setup:AdminEmail", "admin@scheduling-tests.example.org");
        builder.UseSetting("Portal:Setup:AdminPassword", "Scheduling-Tests-Passw0rd!");
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
                Directory.Delete(dataDir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
