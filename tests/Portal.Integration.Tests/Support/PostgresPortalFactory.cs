using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Integration.Tests.Support;

/// <summary>
/// One portal node (Development, in process) on PostgreSQL: <c>Portal:Database:Provider=Postgres</c> on a
/// throw-away database (or any server given by its connection string), tenant roles named with that database's prefix. The first node on an empty database
/// runs the "demo" recipe (the platform, met and city); a second node on the same database finds them set up.
/// Each node has its own data folder, so nothing is shared through files.
/// </summary>
public sealed class PostgresPortalFactory(string connectionString, string rolePrefix) : WebApplicationFactory<Program>
{
    public PostgresPortalFactory(ThrowawayDatabase database)
        : this(database.ConnectionString, database.RolePrefix)
    {
    }

    public const string AdminEmail = "admin@postgres-tests.example.org";
    public const string AdminPassword = "Postgres-Tests-Passw0rd!";
    public const string ClientSecret = "postgres-tests-client-secret-0123456789";

    public string DataDir { get; } = Directory.CreateTempSubdirectory("portal-postgres-tests-").FullName;

    public LogCapture Log { get; } = new();

    /// <summary>A PFX (password "test-only") for <c>Portal:Database:KeyRingCertificate</c>; none when null.</summary>
    public string? KeyRingCertificatePath { get; init; }

    public Task<ShellSettings?> FindTenantAsync(string name) => Services.GetRequiredService<IShellSettingsManager>().FindAsync(name);

    /// <summary>More configuration keys, applied last (for example a RabbitMQ bus).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>A browser that keeps its cookies in <paramref name="jar"/> (share one jar between nodes) and does not follow redirects.</summary>
    public HttpClient CreateBrowser(System.Net.CookieContainer jar) => CreateDefaultClient(new CookieContainerHandler(jar));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Portal:DataDir", DataDir);
        builder.UseSetting("Portal:Database:Provider", "Postgres");
        builder.UseSetting("Portal:Database:ConnectionString", connectionString);
        builder.UseSetting("Portal:Database:TenantRolePrefix", rolePrefix);
        builder.UseSetting("Portal:Setup:Recipe", "demo");
        builder.UseSetting("Portal:Setup:AdminEmail", AdminEmail);
        builder.UseSetting("Portal:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Portal:Setup:ClientSecret", ClientSecret);
        builder.UseSetting("Portal:OpenId:AllowPlainHttp", "true"); // the in-process server speaks plain HTTP
        builder.UseSetting("Portal:RateLimits:Auth:PerAddressPerMinute", "10000");
        builder.UseSetting("Portal:RateLimits:Auth:PerAccountPerMinute", "10000");
        if (KeyRingCertificatePath is not null)
        {
            builder.UseSetting("Portal:Database:KeyRingCertificate:Path", KeyRingCertificatePath);
            builder.UseSetting("Portal:Database:KeyRingCertificate:Password", "test-only");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Log));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
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
