using Portal.Abstractions.Modules;

namespace Portal.Abstractions.Platform;

/// <summary>Every module and feature the host found (referenced assemblies and trusted plug-ins), validated.</summary>
public interface IModuleCatalog
{
    IReadOnlyList<ModuleInfo> Modules { get; }
    IReadOnlyList<FeatureInfo> Features { get; }

    /// <summary>Plug-in files found but not loaded, with the reason (untrusted hash, unreadable, no manifest).</summary>
    IReadOnlyList<RefusedPlugin> RefusedPlugins { get; }

    FeatureInfo? FindFeature(string id);

    /// <summary>Features that depend on <paramref name="featureId"/>, directly.</summary>
    IReadOnlyList<FeatureInfo> GetDependents(string featureId);
}
