using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Shell;

namespace Portal.Publications.Tests.Public.Support;

/// <summary>
/// The real portal (Development, in-memory bus, SQLite stores) set up with the demo recipe: the platform with the
/// index of every force's reports, and the police forces met and city with the publications module.
/// </summary>
public sealed class PublicSitePortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@public-site-tests.example.org";
    public const string AdminPassword = "Public-Site-Tests-Passw0rd!";
    public const string ClientSecret = "public-site-tests-client-secret-0123456789";

    public string DataDir { get; } = Directory.CreateTempSubdirectory("portal-public-site-tests-").FullName;

    public ShellHost Shells => Services.GetRequiredService<ShellHost>();

    /// <summary>An anonymous client: no cookies kept, redirects not followed.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Runs <paramref name="work"/> in a scope of <paramref name="tenant"/>'s container.</summary>
    public async Task<T> InTenantAsync<T>(string tenant, Func<IServiceProvider, Task<T>> work)
    {
        var shell = await Shells.GetOrCreateAsync(Shells.Table.Find(tenant) ?? throw new InvalidOperationException($"No tenant {tenant}."));
        await using var scope = shell.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A running tenant with the given features only.</summary>
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
            name = "public-site-tests",
            displayName = "Public site tests",
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
        builder.UseSetting("Portal:Setup:Recipe", "demo-empty"); // no demonstration reports: the tests count what they publish
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
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
                Directory.Delete(DataDir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }
}
