using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Data;

namespace Portal.Host.Shell;

/// <summary>
/// Removes a tenant (see <see cref="ITenantRemover"/>). The store goes before the record: if dropping fails, the
/// tenant is still listed and the removal can be retried; the other order would free the name while its data
/// remained, for a new tenant of the same name to find.
/// </summary>
internal sealed class TenantRemover(PlatformStore store, ShellHost shells, TenantStores stores, IShellChangePublisher publisher, ILogger<TenantRemover> logger)
    : ITenantRemover
{
    private const string RemovedVersion = "removed";

    public async Task RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var record = await db.Tenants.FirstOrDefaultAsync(t => t.Name == name, cancellationToken)
            ?? throw new KeyNotFoundException($"No tenant named '{name}'.");
        if (name == ShellSettings.DefaultName)
        {
            throw new TenantConflictException("The platform tenant (Default) cannot be removed.");
        }

        if (record.State is not (TenantState.Disabled or TenantState.Uninitialized))
        {
            throw new TenantConflictException($"Tenant '{name}' is {record.State}; disable it before removing it.");
        }

        var settings = record.ToSettings();
        shells.Table.Remove(name);
        try
        {
            await shells.ReleaseAsync(name, cancellationToken);
            await stores.RemoveAsync(settings, cancellationToken);
        }
        catch
        {
            shells.Table.AddOrUpdate(settings);
            throw;
        }

        db.Tenants.Remove(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed by someone else while its store was dropped: keep it listed so the operator sees and retries.
            shells.Table.AddOrUpdate((await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, cancellationToken))?.ToSettings() ?? settings);
            throw new TenantConflictException($"Tenant '{name}' was changed by someone else during its removal; its store is gone, remove it again.");
        }

        // The other nodes still hold the last version: a version no record has makes them look, find nothing, and drop it.
        await publisher.PublishAsync(settings with { VersionId = RemovedVersion }, CancellationToken.None);
        logger.LogWarning("Tenant {Tenant} was removed with its store", name);
    }
}
