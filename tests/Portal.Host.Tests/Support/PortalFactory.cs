using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Recipes;
using Portal.Host.Shell;
using Portal.Web;

namespace Portal.Host.Tests.Support;

/// <summary>
/// The real portal (Development) on a fresh data folder, optionally with a plug-in folder and trusted hashes.
/// The platform is set up with the "demo" recipe when a module ships it, else with "platform"; tests create
/// the tenants they need with <see cref="EnsureTenantAsync"/>.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@host-tests.example.org";
    public const string AdminPassword = "Host-Tests-Passw0rd!";
    public const string ClientSecret = "host-tests-client-secret-0123456789";

    /// <summary>A tenant recipe that changes nothing but the display name: the always-enabled features come anyway.</summary>
    private const string TenantRecipe = """
        { "name": "host-tests", "displayName": "Host tests", "steps": [ { "name": "settings", "displayName": "Host tests tenant" } ] }
        """;

    private readonly string? _pluginFolder;
    private readonly IReadOnlyList<string> _trusted;

    public PortalFactory(string? pluginFolder = null, params string[] trustedSha256)
    {
        _pluginFolder = pluginFolder;
        _trusted = trustedSha256;
        DataDir = Directory.CreateTempSubdirectory("portal-host-tests-").FullName;
    }

    public static string SetupRecipe { get; } = ShippedRecipeExists("demo") ? "demo" : "platform";

    public string DataDir { get; }
    public TestLog Log { get; } = new();

    /// <summary>More configuration keys, applied last (for example Portal:Bus:... of the messaging tests).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>More host services (cloned into every tenant container, as host services are), for example a test's admission of events between tenants.</summary>
    public Action<IServiceCollection>? HostServices { get; init; }

    /// <summary>Sets Portal:Shells:Warmup.</summary>
    public bool Warmup { get; init; }

    public ShellHost Shells => Services.GetRequiredService<ShellHost>();

    public HttpClient CreateHttpClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The tenant <paramref name="name"/> at prefix <paramref name="name"/>, Running; created and set up unless the setup recipe made it.</summary>
    public async Task<ShellSettings> EnsureTenantAsync(string name)
    {
        var tenants = Services.GetRequiredService<IShellSettingsManager>();
        var existing = await tenants.FindAsync(name);
        if (existing is { State: TenantState.Running })
        {
            return existing;
        }

        if (existing is null)
        {
            await tenants.CreateAsync(new ShellSettings { Name = name, UrlPrefix = name, DisplayName = name });
        }

        var result = await Services.GetRequiredService<ITenantSetupService>().SetupAsync(name, TenantRecipe, SetupVariables);
        Assert.True(result.Succeeded, $"Setting up tenant {name} failed: {string.Join(" ", result.Errors)}");
        return (await tenants.FindAsync(name))!;
    }

    public async Task<ShellContext> ShellOfAsync(string name) =>
        await Shells.GetOrCreateAsync(Shells.Table.Find(name) ?? throw new InvalidOperationException($"No tenant {name} in the table."));

    public static IReadOnlyDictionary<string, string> SetupVariables { get; } = new Dictionary<string, string>
    {
        ["AdminEmail"] = AdminEmail,
        ["AdminPassword"] = AdminPassword,
        ["ClientSecret"] = ClientSecret,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", DataDir);
        builder.UseSetting("Portal:Setup:Recipe", SetupRecipe);
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        // The in-process server gives every request the same address: the real sign-in limits would trip
        // across tests. The rate-limit tests set low limits of their own.
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        builder.UseSetting("Portal:Setup:ClientSecret", ClientSecret);
        builder.UseSetting("Portal:Shells:Warmup", Warmup ? "true" : "false");
        if (_pluginFolder is not null)
        {
            builder.UseSetting("Portal:Plugins:Path", _pluginFolder);
        }

        for (var i = 0; i < _trusted.Count; i++)
        {
            builder.UseSetting($"Portal:Plugins:Trusted:{i}", _trusted[i]);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        if (HostServices is not null)
        {
            builder.ConfigureServices(HostServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            TryDelete(DataDir);
            if (_pluginFolder is not null)
            {
                TryDelete(_pluginFolder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static bool ShippedRecipeExists(string name) =>
        PortalModules.Assemblies.SelectMany(a => a.GetManifestResourceNames()
                .Where(r => r.EndsWith(".recipe.json", StringComparison.OrdinalIgnoreCase))
                .Select(r => { using var reader = new StreamReader(a.GetManifestResourceStream(r)!); return reader.ReadToEnd(); }))
            .Any(json => RecipeParser.ReadDescriptor(json).Name == name);
}
