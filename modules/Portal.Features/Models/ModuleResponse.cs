namespace Portal.Features.Models;

/// <summary>A module (or theme) of the catalogue; its features are listed in full beside it, by id here.</summary>
public sealed record ModuleResponse(
    string Id,
    string Name,
    string Category,
    string Description,
    bool IsTheme,
    string? BaseTheme,
    bool IsPlugin,
    IReadOnlyList<string> Features);
