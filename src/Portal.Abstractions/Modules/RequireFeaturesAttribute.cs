namespace Portal.Abstractions.Modules;

/// <summary>
/// On a startup: run it only when every named feature is enabled too. This is how a module offers an optional
/// integration with another module without depending on it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequireFeaturesAttribute(params string[] featureIds) : Attribute
{
    public IReadOnlyList<string> FeatureIds { get; } = featureIds;
}
