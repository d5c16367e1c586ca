using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Features.Services;

/// <summary>
/// The features a tenant runs with, or would run with after a change: its stored set plus the always-enabled
/// features plus their dependencies, without the platform-only ones unless it is the platform.
/// </summary>
public sealed class TenantFeatureSet(IModuleCatalog catalog, IShellFeatureManager features)
{
    public IReadOnlyList<string> For(ShellSettings tenant) => After(tenant, [], []);

    /// <summary>The set after enabling and disabling, or a <see cref="FeatureChangeException"/> when refused.</summary>
    public IReadOnlyList<string> After(ShellSettings tenant, IReadOnlyCollection<string> enable, IReadOnlyCollection<string> disable)
    {
        var stored = features.Plan(tenant.Name, tenant.EnabledFeatures.Where(id => catalog.FindFeature(id) is not null).ToList(), enable, disable);
        var always = catalog.Features.Where(f => f.IsAlwaysEnabled && Offered(tenant, f.Id)).Select(f => f.Id);
        return features.Plan(tenant.Name, stored.Concat(always).Distinct().ToList(), [], [])
            .Where(id => Offered(tenant, id))
            .ToList();
    }

    /// <summary>Whether the tenant can have the feature at all (platform-only features are the platform's).</summary>
    public bool Offered(ShellSettings tenant, string featureId) =>
        catalog.FindFeature(featureId) is { } feature
        && (tenant.IsDefault || !feature.DefaultTenantOnly)
        && (tenant.AllowedFeatures.Count == 0 || feature.IsAlwaysEnabled || tenant.AllowedFeatures.Contains(featureId));
}
