using System.Reflection;

namespace Portal.Abstractions.Modules;

/// <summary>A module (or theme) and the features it declares.</summary>
public sealed record ModuleInfo(
    string Id,
    string Name,
    string Category,
    string Description,
    bool IsTheme,
    string? BaseTheme,
    bool IsPlugin,
    Assembly Assembly,
    IReadOnlyList<FeatureInfo> Features);
