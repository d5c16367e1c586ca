namespace Portal.Host.Modules;

/// <summary>A startup type, the feature it belongs to, and the other features it needs to be enabled to run.</summary>
public sealed record StartupDescriptor(Type Type, string FeatureId, IReadOnlyList<string> RequiredFeatures);
