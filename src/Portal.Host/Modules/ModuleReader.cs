using System.Reflection;
using Portal.Abstractions.Modules;

namespace Portal.Host.Modules;

/// <summary>Reads a module's manifest attributes into <see cref="ModuleInfo"/>; null for an assembly that is no module.</summary>
internal static class ModuleReader
{
    public static ModuleInfo? Read(Assembly assembly, bool isPlugin)
    {
        var module = assembly.GetCustomAttribute<ModuleAttribute>();
        if (module is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(module.Id))
        {
            throw new FeatureGraphException($"Assembly '{assembly.GetName().Name}' declares a module without an Id.");
        }

        var theme = module as ThemeAttribute;
        var category = string.IsNullOrWhiteSpace(module.Category) ? "Uncategorised" : module.Category;
        var mainDependencies = module.Dependencies
            .Concat(theme?.BaseTheme is { Length: > 0 } baseTheme ? [baseTheme] : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var features = new List<FeatureInfo>
        {
            new(module.Id, Or(module.Name, module.Id), category, module.Description, mainDependencies, module.Id,
                module.IsAlwaysEnabled, module.DefaultTenantOnly, theme is not null, isPlugin),
        };

        foreach (var feature in assembly.GetCustomAttributes<FeatureAttribute>())
        {
            if (string.IsNullOrWhiteSpace(feature.Id))
            {
                throw new FeatureGraphException($"Module '{module.Id}' declares a feature without an Id.");
            }

            features.Add(new FeatureInfo(feature.Id, Or(feature.Name, feature.Id), feature.Category ?? category,
                feature.Description, feature.Dependencies, module.Id, feature.IsAlwaysEnabled, feature.DefaultTenantOnly,
                theme is not null, isPlugin));
        }

        return new ModuleInfo(module.Id, Or(module.Name, module.Id), category, module.Description, theme is not null,
            theme?.BaseTheme, isPlugin, assembly, features);
    }

    /// <summary>The startups of a module, each with the feature it belongs to and the features it also requires.</summary>
    public static IEnumerable<StartupDescriptor> ReadStartups(ModuleInfo module)
    {
        foreach (var type in module.Assembly.GetTypes())
        {
            if (type.IsAbstract || !typeof(StartupBase).IsAssignableFrom(type))
            {
                continue;
            }

            var featureId = type.GetCustomAttribute<FeatureAttribute>()?.Id;
            if (string.IsNullOrEmpty(featureId))
            {
                featureId = module.Id;
            }

            if (module.Features.All(f => f.Id != featureId))
            {
                throw new FeatureGraphException($"Startup '{type.FullName}' belongs to feature '{featureId}', which module '{module.Id}' does not declare.");
            }

            var required = type.GetCustomAttribute<RequireFeaturesAttribute>()?.FeatureIds ?? [];
            yield return new StartupDescriptor(type, featureId, required);
        }
    }

    private static string Or(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
