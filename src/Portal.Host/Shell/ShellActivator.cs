using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Data;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Shell;
using Portal.Host.Data;

namespace Portal.Host.Shell;

/// <summary>
/// Makes a freshly built shell ready: migrates the contexts of its enabled features (each module with its own
/// history table) and raises Installed for features enabled here for the first time.
/// </summary>
internal sealed class ShellActivator(PlatformStore store, TenantStoreLocator locator, ILogger<ShellActivator> logger)
{
    /// <returns>The features installed by this activation.</returns>
    public async Task<IReadOnlyList<string>> ActivateAsync(ShellContext shell, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(locator.TenantDirectory(shell.Settings.Name));
        await MigrateAsync(shell, cancellationToken);

        var installed = shell.Settings.InstalledFeatures.ToHashSet(StringComparer.Ordinal);
        var fresh = shell.Features.Where(f => !installed.Contains(f.Id)).Select(f => f.Id).ToList();
        if (fresh.Count == 0)
        {
            return fresh;
        }

        foreach (var featureId in fresh)
        {
            await RaiseAsync(shell, (h, ct) => h.InstalledAsync(featureId, ct), cancellationToken);
        }

        await RecordInstalledAsync(shell.Settings.Name, fresh, cancellationToken);
        return fresh;
    }

    public static async Task RaiseAsync(ShellContext shell, Func<IFeatureEventHandler, CancellationToken, Task> raise, CancellationToken cancellationToken)
    {
        await using var scope = shell.Services.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IFeatureEventHandler>())
        {
            await raise(handler, cancellationToken);
        }
    }

    private async Task MigrateAsync(ShellContext shell, CancellationToken cancellationToken)
    {
        await using var scope = shell.Services.CreateAsyncScope();
        foreach (var registration in scope.ServiceProvider.GetServices<TenantDbContextRegistration>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Tenant {Tenant}: applying {Count} migrations of {Module}", shell.Settings.Name, pending.Count, registration.Module);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
    }

    // Bookkeeping only: the version id stays, so this does not count as a change of the tenant's settings.
    private async Task RecordInstalledAsync(string tenantName, IReadOnlyList<string> featureIds, CancellationToken cancellationToken)
    {
        await using var db = store.CreateContext();
        var record = await db.Tenants.FirstOrDefaultAsync(t => t.Name == tenantName, cancellationToken);
        if (record is null)
        {
            return;
        }

        record.InstalledFeatures = record.InstalledFeatures.Union(featureIds).ToList();
        await db.SaveChangesAsync(cancellationToken);
    }
}
