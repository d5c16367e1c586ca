namespace Portal.Abstractions.Modules;

/// <summary>A feature as the catalogue knows it, whichever assembly or plug-in it came from.</summary>
public sealed record FeatureInfo(
    string Id,
    string Name,
    string Category,
    string Description,
    IReadOnlyList<string> Dependencies,
    string ModuleId,
    bool IsAlwaysEnabled,
    bool DefaultTenantOnly,
    bool IsTheme,
    bool IsPlugin);
