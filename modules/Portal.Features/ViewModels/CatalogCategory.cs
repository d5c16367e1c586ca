using Portal.Features.Models;

namespace Portal.Features.ViewModels;

/// <summary>The catalogue's features of one category, for the modules page.</summary>
public sealed record CatalogCategory(string Name, IReadOnlyList<FeatureResponse> Features);
