using Portal.Abstractions.Shell;
using Portal.Host.Data.Postgres;
using Portal.Host.Shell;

namespace Portal.Host.Data;

/// <summary>
/// Each tenant's store, whichever the provider: where it is (<see cref="DatabaseFor"/>), making it at setup, and
/// removing it after a failed setup or with the tenant. SQLite: a file under the tenant's directory. PostgreSQL:
/// a schema and login role of the tenant's own (<see cref="PostgresTenantProvisioner"/>).
/// </summary>
[HostOnly]
internal sealed class TenantStores(TenantStoreLocator locator, PostgresTenantProvisioner postgres)
{
    public TenantDatabase DatabaseFor(ShellSettings settings)
    {
        if (locator.Provider != DatabaseProvider.Postgres)
        {
            return locator.DatabaseFor(settings);
        }

        // A shell is built (not activated) to validate a recipe before setup provisions the role: its store is
        // then a login that cannot succeed, never the provisioning role.
        var connectionString = postgres.ConnectionStringFor(settings.Name) ?? postgres.UnprovisionedConnectionStringFor(settings.Name);
        return new TenantDatabase(DatabaseProvider.Postgres, connectionString);
    }

    /// <summary>Creates the tenant's store (idempotent), before its first activation.</summary>
    public Task ProvisionAsync(ShellSettings settings, CancellationToken cancellationToken) =>
        locator.Provider == DatabaseProvider.Postgres ? postgres.ProvisionAsync(settings.Name, cancellationToken) : Task.CompletedTask;

    /// <summary>After a failed setup: the store goes, so a retry starts clean.</summary>
    public Task DeleteAfterFailedSetupAsync(ShellSettings settings, CancellationToken cancellationToken)
    {
        if (locator.Provider == DatabaseProvider.Postgres)
        {
            return postgres.DropAsync(settings.Name, cancellationToken);
        }

        locator.DeleteTenantStore(settings);
        return Task.CompletedTask;
    }

    /// <summary>With the tenant: its store and everything of it on this node's disk (key ring included).</summary>
    public async Task RemoveAsync(ShellSettings settings, CancellationToken cancellationToken)
    {
        if (locator.Provider == DatabaseProvider.Postgres)
        {
            await postgres.DropAsync(settings.Name, cancellationToken);
        }
        else
        {
            locator.DeleteTenantStore(settings);
        }

        var directory = locator.TenantDirectory(settings.Name);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
