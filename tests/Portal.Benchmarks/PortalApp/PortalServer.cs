using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Benchmarks.Infrastructure;

namespace Portal.Benchmarks.PortalApp;

/// <summary>
/// The real portal (Portal.Web's Program) in this process on a real Kestrel port on 127.0.0.1, configured like
/// production: Production environment, its own fresh data folder, logging at Warning.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<global::Program>
{
    public const string AdminEmail = "admin@bench.localhost";
    public const string AdminPassword = "Bench-Admin-Passw0rd!";

    /// <summary>The secret the setup recipe gives its automation client (demo: platform-automation).</summary>
    public const string ClientSecret = "Bench-Client-Secret-0123456789";

    private readonly TempDirectory? _ownDataDir;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _hostServices;

    /// <param name="setupRecipe">Recipe run on the empty platform at start-up (Portal:Setup:Recipe).</param>
    /// <param name="settings">Further configuration keys (for example Portal:Shells:Warmup).</param>
    /// <param name="dataDir">An empty folder owned by the caller; by default a temporary one owned by this server.</param>
    /// <param name="hostServices">Services added to the host last (every tenant container gets a copy), for stand-ins.</param>
    public PortalServer(string setupRecipe, IReadOnlyDictionary<string, string?>? settings = null, string? dataDir = null,
        Action<IServiceCollection>? hostServices = null)
    {
        _hostServices = hostServices;
        if (dataDir is null)
        {
            _ownDataDir = new TempDirectory("portal");
            dataDir = _ownDataDir.Path;
        }

        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Portal:DataDir"] = dataDir,
            ["Portal:Setup:Recipe"] = setupRecipe,
            ["Portal:Setup:AdminEmail"] = AdminEmail,
            ["Portal:Setup:AdminPassword"] = AdminPassword,
            ["Portal:Setup:ClientSecret"] = ClientSecret,
            // Production-like, but on loopback over plain HTTP and without certificates on this machine.
            ["Portal:OpenId:AllowPlainHttp"] = "true",
            ["Portal:OpenId:AllowGeneratedKeys"] = "true",
            ["Portal:Cookies:Secure"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        };
        _settings = all;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts the host (the platform recipe runs before this returns) and learns the port Kestrel took.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        var address = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return BaseAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // The factory looks for its manifest in the current folder, which is the repository under dotnet run.
        builder.UseContentRoot(RepositoryPaths.PortalWebProject);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // Added last so that it wins over appsettings*.json (Information by default).
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        if (_hostServices is not null)
        {
            builder.ConfigureServices(_hostServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _ownDataDir?.Dispose();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _ownDataDir?.Dispose();
    }
}
