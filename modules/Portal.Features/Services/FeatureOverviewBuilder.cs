using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Features.Models;

namespace Portal.Features.Services;

/// <summary>
/// Every feature a tenant can have, with whether it is on and what switching it would bring along or take
/// along, worked out with the same planner that applies changes, so the page and the API never promise
/// something the change would refuse.
/// </summary>
public sealed class FeatureOverviewBuilder(IModuleCatalog catalog, IShellFeatureManager featureSet)
{
    public IReadOnlyList<TenantFeatureResponse> Build(ShellSettings tenant)
    {
        var enabled = featureSet.EffectiveFeatures(tenant).ToHashSet(StringComparer.Ordinal);
        var result = new List<TenantFeatureResponse>();
        foreach (var feature in catalog.Features.Where(f => featureSet.IsOffered(tenant, f.Id)))
        {
            var isEnabled = enabled.Contains(feature.Id);
            IReadOnlyList<string> alsoEnables = [];
            IReadOnlyList<string> alsoDisables = [];
            string? cannotChange = null;

            if (feature.IsAlwaysEnabled)
            {
                cannotChange = $"{feature.Id} is always enabled.";
            }
            else
            {
                try
                {
                    var after = isEnabled ? featureSet.EffectiveFeatures(tenant, [], [feature.Id]) : featureSet.EffectiveFeatures(tenant, [feature.Id], []);
                    alsoEnables = after.Where(id => id != feature.Id && !enabled.Contains(id)).ToList();
                    alsoDisables = enabled.Where(id => id != feature.Id && !after.Contains(id))
                        .OrderBy(id => id, StringComparer.Ordinal).ToList();
                    var lost = tenant.IsDefault ? FeatureChanger.PlatformAdministration.FirstOrDefault(id => !after.Contains(id)) : null;
                    if (lost is not null)
                    {
                        cannotChange = $"The platform tenant needs {lost} for its own administration.";
                    }
                }
                catch (FeatureChangeException ex)
                {
                    cannotChange = ex.Message;
                }
            }

            result.Add(new TenantFeatureResponse(
                feature.Id,
                feature.Name,
                feature.Category,
                feature.Description,
                feature.Dependencies,
                catalog.GetDependents(feature.Id).Where(d => featureSet.IsOffered(tenant, d.Id)).Select(d => d.Id).ToList(),
                isEnabled,
                feature.IsAlwaysEnabled,
                alsoEnables,
                alsoDisables,
                cannotChange));
        }

        return result;
    }
}
