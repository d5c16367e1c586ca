namespace Portal.Features.Models;

/// <summary>A feature of the catalogue. <see cref="Dependents"/> are the features that depend on it directly.</summary>
public sealed record FeatureResponse(
    string Id,
    string Name,
    string Category,
    string Description,
    string ModuleId,
    IReadOnlyList<string> Dependencies,
    IReadOnlyList<string> Dependents,
    bool IsTheme,
    bool IsPlugin,
    bool AlwaysEnabled,
    bool DefaultTenantOnly);
