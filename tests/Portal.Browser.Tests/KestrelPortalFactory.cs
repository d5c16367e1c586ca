using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Browser.Tests;

/// <summary>The real portal on a real loopback port, with the demo recipe and known credentials, in a fresh data folder.</summary>
public sealed class KestrelPortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@portal.test";
    public const string AdminPassword = "Browser-Tests-Pass-1!";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "portal-browser-" + Guid.NewGuid().ToString("N"));

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
        builder.UseSetting("Portal:Setup:Recipe", "demo");
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        // The in-process server gives every request the same address: the real sign-in limits would trip
        // across tests. The rate-limit tests set low limits of their own.
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection pool; the temp folder is cleaned by the OS.
        }
    }
}
