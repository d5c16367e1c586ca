using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Host.Shell;

/// <summary>
/// Brings this node's shell table in line with the platform store: a tenant whose stored version differs from
/// the running one is reloaded (its shell released), a new one is added, a removed one is dropped. Run for one
/// tenant when another node signals a change, and for all of them periodically and after Redis comes back,
/// because signals are fire-and-forget.
/// </summary>
public sealed class ShellSettingsReconciler(IShellSettingsManager tenants, ShellHost shells, ILogger<ShellSettingsReconciler> logger)
{
    // One pass at a time: a signal and the periodic pass must not apply the same change twice, out of order.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <returns>True when the tenant's running settings changed.</returns>
    public async Task<bool> ReconcileTenantAsync(string name, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ApplyAsync(name, await tenants.FindAsync(name, cancellationToken), "signal");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <returns>How many tenants changed.</returns>
    public async Task<int> ReconcileAllAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var stored = (await tenants.LoadAllAsync(cancellationToken)).ToDictionary(t => t.Name, StringComparer.Ordinal);
            var changed = 0;
            foreach (var running in shells.Table.All.Where(t => !stored.ContainsKey(t.Name)).ToList())
            {
                // Read again: the list above may predate a tenant created on this node since.
                changed += await ApplyAsync(running.Name, await tenants.FindAsync(running.Name, cancellationToken), "reconciliation") ? 1 : 0;
            }

            foreach (var tenant in stored.Values.Where(t => shells.Table.Find(t.Name)?.VersionId != t.VersionId))
            {
                // Read again just before applying, so a save made on this node meanwhile is not undone.
                changed += await ApplyAsync(tenant.Name, await tenants.FindAsync(tenant.Name, cancellationToken), "reconciliation") ? 1 : 0;
            }

            return changed;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> ApplyAsync(string name, ShellSettings? stored, string cause)
    {
        var running = shells.Table.Find(name);
        if (stored is null)
        {
            if (running is null)
            {
                return false;
            }

            logger.LogInformation("Tenant {Tenant} is no longer in the platform store ({Cause}): removing it from this node", name, cause);
            shells.Table.Remove(name);
            await shells.ReleaseAsync(name);
            return true;
        }

        if (running?.VersionId == stored.VersionId)
        {
            return false;
        }

        logger.LogInformation("Tenant {Tenant} changed on another node ({Cause}): now version {Version}, {State}", name, cause, stored.VersionId, stored.State);
        await shells.ReloadAsync(stored);
        return true;
    }
}
