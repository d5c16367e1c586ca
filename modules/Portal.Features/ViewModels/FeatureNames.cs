using Portal.Abstractions.Platform;

namespace Portal.Features.ViewModels;

/// <summary>Feature names for people: "Users and roles" rather than "Portal.Users".</summary>
public sealed class FeatureNames(IModuleCatalog catalog)
{
    public string Of(string featureId) => catalog.FindFeature(featureId)?.Name ?? featureId;

    /// <summary>"A, B and C".</summary>
    public string List(IEnumerable<string> featureIds)
    {
        var names = featureIds.Select(Of).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }
}
