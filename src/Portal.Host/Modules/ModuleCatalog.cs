using System.Reflection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Platform;

namespace Portal.Host.Modules;

/// <summary>
/// The modules the platform runs with: the assemblies given (referenced by the web project) plus trusted
/// plug-ins. Built once at start-up; a broken feature graph throws and the app does not start.
/// </summary>
public sealed class ModuleCatalog : IModuleCatalog
{
    private readonly Dictionary<string, IReadOnlyList<StartupDescriptor>> _startupsByFeature;

    public ModuleCatalog(IEnumerable<Assembly> moduleAssemblies, IEnumerable<Assembly> pluginAssemblies, IReadOnlyList<RefusedPlugin> refusedPlugins)
    {
        var modules = new List<ModuleInfo>();
        foreach (var (assembly, isPlugin) in moduleAssemblies.Distinct().Select(a => (a, false))
                     .Concat(pluginAssemblies.Select(a => (a, true))))
        {
            if (ModuleReader.Read(assembly, isPlugin) is { } module)
            {
                if (modules.Any(m => m.Id == module.Id))
                {
                    throw new FeatureGraphException($"Module '{module.Id}' is provided by more than one assembly.");
                }

                modules.Add(module);
            }
        }

        Modules = modules.OrderBy(m => m.Category).ThenBy(m => m.Name).ToList();
        Graph = new FeatureGraph(modules.SelectMany(m => m.Features));
        Features = Graph.Order(Graph.Features.Select(f => f.Id));
        RefusedPlugins = refusedPlugins;

        _startupsByFeature = modules.SelectMany(ModuleReader.ReadStartups)
            .GroupBy(s => s.FeatureId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StartupDescriptor>)g.ToList(), StringComparer.Ordinal);

        foreach (var startup in _startupsByFeature.Values.SelectMany(s => s))
        {
            foreach (var required in startup.RequiredFeatures.Where(r => Graph.Find(r) is null))
            {
                throw new FeatureGraphException($"Startup '{startup.Type.FullName}' requires feature '{required}', which no module provides.");
            }
        }
    }

    public FeatureGraph Graph { get; }
    public IReadOnlyList<ModuleInfo> Modules { get; }
    public IReadOnlyList<FeatureInfo> Features { get; }
    public IReadOnlyList<RefusedPlugin> RefusedPlugins { get; }

    public FeatureInfo? FindFeature(string id) => Graph.Find(id);

    public IReadOnlyList<FeatureInfo> GetDependents(string featureId) =>
        Graph.DirectDependents(featureId).Select(id => Graph.Find(id)!).ToList();

    public ModuleInfo? FindModuleOf(string featureId) =>
        Graph.Find(featureId) is { } feature ? Modules.First(m => m.Id == feature.ModuleId) : null;

    /// <summary>Startups of the given (already ordered) features whose required features are all enabled.</summary>
    public IReadOnlyList<StartupDescriptor> StartupsFor(IReadOnlyList<FeatureInfo> orderedFeatures)
    {
        var enabled = orderedFeatures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return orderedFeatures
            .SelectMany(f => _startupsByFeature.GetValueOrDefault(f.Id) ?? [])
            .Where(s => s.RequiredFeatures.All(enabled.Contains))
            .ToList();
    }

    /// <summary>The features a tenant runs with: its stored set, the always-enabled ones and their dependencies, in order.</summary>
    public IReadOnlyList<FeatureInfo> EffectiveFeatures(Portal.Abstractions.Shell.ShellSettings settings)
    {
        var known = settings.EnabledFeatures.Where(id => Graph.Find(id) is not null);
        var closed = Graph.WithDependencies(known.Concat(AlwaysEnabled(settings.IsDefault)));
        return Graph.Order(closed.Where(id => settings.IsDefault || !Graph.Find(id)!.DefaultTenantOnly));
    }

    /// <summary>Features that every tenant has, whatever its settings say.</summary>
    public IEnumerable<string> AlwaysEnabled(bool isDefaultTenant) =>
        Graph.Features.Where(f => f.IsAlwaysEnabled && (isDefaultTenant || !f.DefaultTenantOnly)).Select(f => f.Id);
}
