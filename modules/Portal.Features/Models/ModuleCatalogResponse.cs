namespace Portal.Features.Models;

/// <summary><c>GET /api/modules</c>: every module, every feature (dependencies first), every refused plug-in.</summary>
public sealed record ModuleCatalogResponse(
    IReadOnlyList<ModuleResponse> Modules,
    IReadOnlyList<FeatureResponse> Features,
    IReadOnlyList<RefusedPluginResponse> RefusedPlugins);
