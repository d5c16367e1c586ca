using Portal.Abstractions.Modules;

namespace Portal.Host.Tests.Support;

/// <summary>A <see cref="StartupBase"/> subclass of a dynamic module: its feature (null = main) and required features.</summary>
internal sealed record StartupSpec(string Name, string? FeatureId = null, string[]? RequiredFeatures = null);
