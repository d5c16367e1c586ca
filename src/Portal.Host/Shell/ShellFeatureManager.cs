using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Modules;

namespace Portal.Host.Shell;

/// <summary>
/// Enables and disables a tenant's features. Enabling brings the dependencies along; disabling takes the
/// dependents along. Disabled is raised in the old shell before it goes; Installed (first time) and Enabled
/// in the new one.
/// </summary>
internal sealed class ShellFeatureManager(ModuleCatalog catalog, IShellSettingsManager tenants, ShellHost shells,
    ILogger<ShellFeatureManager> logger) : IShellFeatureManager
{
    public IReadOnlyList<string> Plan(string tenantName, IReadOnlyList<string> currentlyEnabled, IReadOnlyCollection<string> enable, IReadOnlyCollection<string> disable)
    {
        var isDefault = tenantName == ShellSettings.DefaultName;
        foreach (var id in enable.Concat(disable))
        {
            var feature = catalog.Graph.Find(id) ?? throw new FeatureChangeException(400, id, $"No module provides the feature '{id}'.");
            if (feature.DefaultTenantOnly && !isDefault)
            {
                throw new FeatureChangeException(400, id, $"The feature '{id}' is only available to the platform (Default) tenant.");
            }
        }

        foreach (var id in disable)
        {
            if (catalog.Graph.Find(id)!.IsAlwaysEnabled)
            {
                throw new FeatureChangeException(409, id, $"The feature '{id}' is always enabled and cannot be disabled.");
            }

            if (enable.Contains(id))
            {
                throw new FeatureChangeException(400, id, $"The feature '{id}' cannot be enabled and disabled at once.");
            }
        }

        var enabled = catalog.Graph.WithDependencies(currentlyEnabled.Where(id => catalog.Graph.Find(id) is not null).Concat(enable)).ToHashSet();
        var removed = catalog.Graph.WithDependents(disable);
        // Always-enabled features run whether or not the stored list names them, so what they need stays too.
        var alwaysOn = catalog.AlwaysEnabled(isDefault).ToHashSet();
        var blockedByAlwaysOn = removed.FirstOrDefault(alwaysOn.Contains);
        if (blockedByAlwaysOn is not null)
        {
            throw new FeatureChangeException(409, blockedByAlwaysOn, $"Disabling would also disable '{blockedByAlwaysOn}', which is always enabled.");
        }

        var needed = removed.Intersect(catalog.Graph.WithDependencies(enable)).FirstOrDefault();
        if (needed is not null)
        {
            throw new FeatureChangeException(409, needed, $"'{needed}' is needed by a feature being enabled, so it cannot be disabled.");
        }

        enabled.ExceptWith(removed);
        return catalog.Graph.Order(enabled).Select(f => f.Id).ToList();
    }

    public IReadOnlyList<string> EffectiveFeatures(ShellSettings tenant, IReadOnlyCollection<string>? enable = null,
        IReadOnlyCollection<string>? disable = null)
    {
        var stored = enable is { Count: > 0 } || disable is { Count: > 0 }
            ? Plan(tenant.Name, tenant.EnabledFeatures, enable ?? [], disable ?? [])
            : tenant.EnabledFeatures;
        return catalog.EffectiveFeatures(tenant with { EnabledFeatures = stored }).Select(f => f.Id).ToList();
    }

    public bool IsOffered(ShellSettings tenant, string featureId) =>
        catalog.Graph.Find(featureId) is { } feature
        && (tenant.IsDefault || !feature.DefaultTenantOnly)
        && (tenant.AllowedFeatures.Count == 0 || feature.IsAlwaysEnabled || tenant.AllowedFeatures.Contains(featureId));

    public async Task<IReadOnlyList<string>> UpdateAsync(string tenantName, IReadOnlyCollection<string> enable, IReadOnlyCollection<string> disable,
        string? expectedVersionId, CancellationToken cancellationToken = default)
    {
        var settings = await tenants.FindAsync(tenantName, cancellationToken) ?? throw new KeyNotFoundException($"No tenant named '{tenantName}'.");
        if (expectedVersionId is not null && expectedVersionId != settings.VersionId)
        {
            throw new TenantConflictException($"Tenant '{tenantName}' was changed by someone else; reload and try again.");
        }

        var notOffered = enable.FirstOrDefault(id => catalog.Graph.Find(id) is not null && !IsOffered(settings, id));
        if (notOffered is not null)
        {
            throw new FeatureChangeException(400, notOffered, $"The feature '{notOffered}' is not available to tenant '{tenantName}'.");
        }

        var next = Plan(tenantName, settings.EnabledFeatures, enable, disable);
        var before = settings.EnabledFeatures.ToHashSet();
        var turnedOff = before.Except(next).ToList();
        var turnedOn = next.Except(before).ToList();

        if (turnedOff.Count > 0 && settings.State == TenantState.Running)
        {
            var old = await shells.GetOrCreateAsync(settings);
            foreach (var id in turnedOff)
            {
                await ShellActivator.RaiseAsync(old, (h, ct) => h.DisabledAsync(id, ct), cancellationToken);
            }
        }

        var saved = await tenants.UpdateAsync(settings with { EnabledFeatures = next }, cancellationToken);
        logger.LogInformation("Tenant {Tenant}: enabled {Enabled}, disabled {Disabled}", tenantName, string.Join(", ", turnedOn), string.Join(", ", turnedOff));

        if (turnedOn.Count > 0 && saved.State == TenantState.Running)
        {
            var shell = await shells.GetOrCreateAsync(shells.Table.Find(tenantName) ?? saved);
            foreach (var id in turnedOn)
            {
                await ShellActivator.RaiseAsync(shell, (h, ct) => h.EnabledAsync(id, ct), cancellationToken);
            }
        }

        return catalog.EffectiveFeatures(shells.Table.Find(tenantName) ?? saved).Select(f => f.Id).ToList();
    }
}
