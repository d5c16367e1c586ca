using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Users.Tests.Support;

/// <summary>
/// The real portal (Development) on a fresh data folder, set up with the "platform" recipe: the Default tenant
/// with its administrator. <see cref="EnsureTenantAsync"/> adds a tenant under its own prefix with its own one.
/// The sample plug-in (with its OFFICIAL-SENSITIVE page) is deployed and trusted, enabled nowhere until a test
/// enables it; the portal's clock is <see cref="Clock"/>, which tests move forward.
/// </summary>
public class UsersPortalFactory : WebApplicationFactory<Program>
{
    public const string SamplePluginFile = "Portal.SamplePlugin.dll";
    public const string SampleFeature = "Sample.Greeter";

    public const string AdminEmail = "admin@users-tests.example.org";
    public const string AdminPassword = "Users-Tests-Passw0rd!";
    public const string TenantAdminEmail = "admin@force.example.org";

    public string DataDir { get; } = Directory.CreateTempSubdirectory("portal-users-tests-").FullName;

    public string PluginDir { get; } = Directory.CreateTempSubdirectory("portal-users-plugins-").FullName;

    public TestClock Clock { get; } = new();

    /// <summary>More settings for a subclass's portal (set after the common ones, so they win).</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>();

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302 and Set-Cookie.</summary>
    public PortalSession CreateSession(string pathBase = "") =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), pathBase);

    /// <summary>A session signed in as the platform administrator.</summary>
    public async Task<PortalSession> AdminSessionAsync()
    {
        var session = CreateSession();
        var response = await session.LoginAsync(AdminEmail, AdminPassword);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>Runs a tenant recipe on a new tenant; the setup result is returned, not asserted.</summary>
    public async Task<SetupResult> SetUpTenantAsync(string name, string recipeJson, IReadOnlyDictionary<string, string>? variables = null)
    {
        var tenants = Services.GetRequiredService<IShellSettingsManager>();
        if (await tenants.FindAsync(name) is null)
        {
            await tenants.CreateAsync(new ShellSettings { Name = name, UrlPrefix = name, DisplayName = name });
        }

        return await Services.GetRequiredService<ITenantSetupService>().SetupAsync(name, recipeJson,
            variables ?? new Dictionary<string, string> { ["AdminEmail"] = TenantAdminEmail, ["AdminPassword"] = AdminPassword });
    }

    /// <summary>The tenant <paramref name="name"/> at prefix <paramref name="name"/>, with <see cref="TenantAdminEmail"/> as its administrator.</summary>
    public async Task EnsureTenantAsync(string name)
    {
        var existing = await Services.GetRequiredService<IShellSettingsManager>().FindAsync(name);
        if (existing is { State: TenantState.Running })
        {
            return;
        }

        var result = await SetUpTenantAsync(name, """
            { "name": "users-tests", "displayName": "Users tests", "steps": [
              { "name": "settings", "displayName": "Users tests force" },
              { "name": "users", "users": [ { "email": "{{AdminEmail}}", "password": "{{AdminPassword}}", "displayName": "Force administrator",
                                              "roles": [ "Administrator" ], "vettingLevel": "BPSS" } ] } ] }
            """);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", DataDir);
        builder.UseSetting("Portal:Setup:Recipe", "platform");
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        // The in-process server gives every request the same address: the real sign-in limits would trip
        // across tests. The rate-limit tests set low limits of their own.
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");

        var plugin = Path.Combine(AppContext.BaseDirectory, "plugins", SamplePluginFile);
        File.Copy(plugin, Path.Combine(PluginDir, SamplePluginFile), overwrite: true);
        builder.UseSetting("Portal:Plugins:Path", PluginDir);
        builder.UseSetting("Portal:Plugins:Trusted:0", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(plugin))));
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }

        // Every tenant container copies the host's clock.
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            foreach (var folder in new[] { DataDir, PluginDir })
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
    }
}
