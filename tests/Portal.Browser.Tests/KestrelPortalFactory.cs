using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Browser.Tests;

/// <summary>The real portal on a real loopback port, with the demo recipe and known credentials, in a fresh data folder.</summary>
public sealed class KestrelPortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@portal.test";
    public const string AdminPassword = "Browser-Tests-Pass-1!";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "portal-browser-" + Guid.NewGuid().ToString("N"));
    private readonly string _pluginDir = Path.Combine(Path.GetTempPath(), "portal-browser-plugins-" + Guid.NewGuid().ToString("N"));

    public KestrelPortalFactory()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseAddress = new Uri(ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
    }

    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", _dataDir);
        // demo-empty: the demo's forces without its routing data, so each test builds the configuration it asserts on.
        builder.UseSetting("Portal:Setup:Recipe", "demo-empty");
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        // The in-process server gives every request the same address: the real sign-in limits would trip
        // across tests. The rate-limit tests set low limits of their own.
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The server listens on plain HTTP loopback: its OpenID endpoints and the test client's redirect URI too.
        builder.UseSetting("Portal:OpenId:AllowPlainHttp", "true");

        // The sample plug-in brings an OFFICIAL-SENSITIVE page; it is trusted by its hash, as an operator would.
        var plugin = Path.Combine(AppContext.BaseDirectory, "plugins", "Portal.SamplePlugin.dll");
        Directory.CreateDirectory(_pluginDir);
        File.Copy(plugin, Path.Combine(_pluginDir, "Portal.SamplePlugin.dll"), overwrite: true);
        builder.UseSetting("Portal:Plugins:Path", _pluginDir);
        builder.UseSetting("Portal:Plugins:Trusted:0", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(plugin))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataDir, recursive: true);
            Directory.Delete(_pluginDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection pool; the temp folder is cleaned by the OS.
        }
    }
}
