using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Host.Data;
using Portal.Host.Data.Postgres;
using Portal.Host.Shell;

namespace Portal.Host.Security;

/// <summary>
/// Protects the tenants' database passwords with the host's own key ring, which every node must share: on
/// PostgreSQL it lives in the platform store, on SQLite in files under the data directory. The key ring sits in
/// a private container, not the host's: the host's services are cloned into every tenant, and a host-level
/// AddDataProtection would leak into (and fight with) each tenant's own key ring.
/// </summary>
[HostOnly]
internal sealed class TenantPasswordProtector : IDisposable
{
    private const string Purpose = "Portal.Host.TenantDatabasePassword.v1";

    private readonly ServiceProvider _services;
    private readonly IDataProtector _protector;

    public TenantPasswordProtector(PlatformStore store, TenantStoreLocator locator, KeyRingCertificate certificate, ILoggerFactory loggerFactory)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        var dataProtection = services.AddDataProtection().SetApplicationName("Portal:Host");
        if (locator.Provider == Abstractions.Shell.DatabaseProvider.Postgres)
        {
            services.Configure<KeyManagementOptions>(o => o.XmlRepository = new DbContextXmlRepository(store.CreatePostgresContext));
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(locator.DataDir, "DataProtection-Keys")));
        }

        certificate.Apply(dataProtection);

        _services = services.BuildServiceProvider();
        _protector = _services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
    }

    public string Protect(string password) => _protector.Protect(password);

    public string Unprotect(string protectedPassword) => _protector.Unprotect(protectedPassword);

    public void Dispose() => _services.Dispose();
}
