using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Tenants.Services;

/// <summary>
/// The features a tenant runs with: its stored set plus the always-enabled features plus their dependencies,
/// without the platform-only ones unless it is the platform. This is what its shell is built from.
/// </summary>
public sealed class TenantFeatureSet(IModuleCatalog catalog, IShellFeatureManager features)
{
    public IReadOnlyList<string> For(ShellSettings tenant)
    {
        var always = catalog.Features.Where(f => f.IsAlwaysEnabled && (tenant.IsDefault || !f.DefaultTenantOnly)).Select(f => f.Id);
        var known = tenant.EnabledFeatures.Where(id => catalog.FindFeature(id) is not null);
        return features.Plan(tenant.Name, known.Concat(always).Distinct().ToList(), [], [])
            .Where(id => tenant.IsDefault || !catalog.FindFeature(id)!.DefaultTenantOnly)
            .ToList();
    }
}
