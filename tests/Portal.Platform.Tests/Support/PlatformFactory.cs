using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Platform.Tests.Support;

/// <summary>
/// The real portal (Development) on a fresh data folder, set up with the "demo" recipe: the platform tenant
/// plus the police forces "met" and "city", all three with the same administrator. Optionally with a plug-in
/// folder and the SHA-256 of the plug-ins to trust.
/// </summary>
public sealed class PlatformFactory(string? pluginFolder = null, params string[] trustedSha256) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@platform-tests.example.org";
    public const string AdminPassword = "Platform-Tests-Passw0rd!";
    public const string ClientSecret = "platform-tests-client-secret-0123456789";

    public string DataDir { get; } = Directory.CreateTempSubdirectory("portal-platform-tests-").FullName;

    public LogCapture Log { get; } = new();

    /// <summary>The tenant as stored in the platform store, or null.</summary>
    public Task<ShellSettings?> FindTenantAsync(string name) => Services.GetRequiredService<IShellSettingsManager>().FindAsync(name);

    public Task<IReadOnlyList<ShellSettings>> AllTenantsAsync() => Services.GetRequiredService<IShellSettingsManager>().LoadAllAsync();

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302.</summary>
    public HttpClient CreateHttpClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", DataDir);
        builder.UseSetting("Portal:Setup:Recipe", "demo");
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        // The in-process server gives every request the same address: the real sign-in limits would trip
        // across tests. The rate-limit tests set low limits of their own.
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        builder.UseSetting("Portal:Setup:ClientSecret", ClientSecret);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        if (pluginFolder is not null)
        {
            builder.UseSetting("Portal:Plugins:Path", pluginFolder);
        }

        for (var i = 0; i < trustedSha256.Length; i++)
        {
            builder.UseSetting($"Portal:Plugins:Trusted:{i}", trustedSha256[i]);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            TryDelete(DataDir);
            if (pluginFolder is not null)
            {
                TryDelete(pluginFolder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
