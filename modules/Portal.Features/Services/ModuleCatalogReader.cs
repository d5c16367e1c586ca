using Portal.Abstractions.Platform;
using Portal.Features.Models;

namespace Portal.Features.Services;

/// <summary>The module catalogue as the API and the modules page show it.</summary>
public sealed class ModuleCatalogReader(IModuleCatalog catalog)
{
    public ModuleCatalogResponse Read() => new(
        catalog.Modules
            .Select(m => new ModuleResponse(m.Id, m.Name, m.Category, m.Description, m.IsTheme, m.BaseTheme, m.IsPlugin,
                m.Features.Select(f => f.Id).ToList()))
            .ToList(),
        catalog.Features
            .Select(f => new FeatureResponse(f.Id, f.Name, f.Category, f.Description, f.ModuleId, f.Dependencies,
                catalog.GetDependents(f.Id).Select(d => d.Id).ToList(), f.IsTheme, f.IsPlugin, f.IsAlwaysEnabled, f.DefaultTenantOnly))
            .ToList(),
        catalog.RefusedPlugins.Select(p => new RefusedPluginResponse(p.FileName, p.Sha256, p.Reason)).ToList());
}
