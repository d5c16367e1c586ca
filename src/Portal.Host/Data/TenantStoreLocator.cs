using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Shell;

namespace Portal.Host.Data;

/// <summary>Where each store lives: the platform's, each tenant's, and each tenant's key ring.</summary>
public sealed class TenantStoreLocator
{
    public TenantStoreLocator(IOptions<PortalOptions> options, IHostEnvironment environment)
    {
        var dir = options.Value.DataDir;
        DataDir = Path.GetFullPath(Path.IsPathRooted(dir) ? dir : Path.Combine(environment.ContentRootPath, dir));
        Provider = string.Equals(options.Value.Database.Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;
    }

    public string DataDir { get; }
    public DatabaseProvider Provider { get; }

    public string PlatformSqliteConnectionString() =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDir, "platform.db") }.ToString();

    public string TenantDirectory(string tenantName) => Path.Combine(DataDir, "Sites", tenantName);

    public string KeyRingDirectory(string tenantName) => Path.Combine(TenantDirectory(tenantName), "DataProtection-Keys");

    public TenantDatabase DatabaseFor(ShellSettings settings)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            // The tenant's login lives in the platform store: TenantStores reads it.
            throw new InvalidOperationException("On PostgreSQL a tenant's store is found through TenantStores, not the locator.");
        }

        var file = Path.Combine(TenantDirectory(settings.Name), "tenant.db");
        return new TenantDatabase(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file }.ToString());
    }

    /// <summary>Removes a tenant's store after a failed setup, so a retry starts clean.</summary>
    public void DeleteTenantStore(ShellSettings settings)
    {
        var file = Path.Combine(TenantDirectory(settings.Name), "tenant.db");
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
