using Portal.Features.Models;

namespace Portal.Features.ViewModels;

public sealed record ModulesViewModel(
    IReadOnlyList<CatalogCategory> Categories,
    IReadOnlyList<RefusedPluginResponse> RefusedPlugins,
    FeatureNames Names);
