using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Shell;
using Portal.Host.Data;
using Portal.Host.Data.Postgres;
using Portal.Host.Security;

namespace Portal.Host.Shell;

/// <summary>
/// A tenant's own Data Protection key ring (a payload protected by one tenant cannot be read by another). On
/// PostgreSQL it is a table in the tenant's schema, shared by every node, so cookies and antiforgery tokens
/// issued by one node are accepted by the others; on SQLite, files in the tenant's directory.
/// </summary>
internal static class TenantKeyRing
{
    public static void Add(IServiceCollection services, ShellSettings settings, TenantDatabase database, TenantStoreLocator locator,
        KeyRingCertificate certificate)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("Portal:" + settings.Name);
        if (database.Provider != DatabaseProvider.Postgres)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(locator.KeyRingDirectory(settings.Name)));
            return;
        }

        certificate.Apply(dataProtection);

        // Options from plain values only (see AddTenantDbContext): EF Core then shares one internal provider.
        var connectionString = database.ConnectionString;
        services.AddScoped(_ => new TenantKeyRingDbContext(TenantKeyRingDbContext.OptionsFor(connectionString)));
        services.AddSingleton(new TenantDbContextRegistration(typeof(TenantKeyRingDbContext), TenantKeyRingDbContext.Module));
        services.Configure<KeyManagementOptions>(o => o.XmlRepository =
            new DbContextXmlRepository(() => new TenantKeyRingDbContext(TenantKeyRingDbContext.OptionsFor(connectionString))));
    }
}
