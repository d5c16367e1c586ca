using Portal.Abstractions.Modules;

namespace Portal.Abstractions.Shell;

/// <summary>The features a tenant's container was built with, in dependency order.</summary>
public sealed record EnabledFeatures(IReadOnlyList<FeatureInfo> Features)
{
    public bool Contains(string featureId) => Features.Any(f => f.Id == featureId);
}
