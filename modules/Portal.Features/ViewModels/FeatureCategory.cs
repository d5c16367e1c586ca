using Portal.Features.Models;

namespace Portal.Features.ViewModels;

/// <summary>The features of one category, as a section of the tenant's features page.</summary>
public sealed record FeatureCategory(string Name, IReadOnlyList<TenantFeatureResponse> Features);
