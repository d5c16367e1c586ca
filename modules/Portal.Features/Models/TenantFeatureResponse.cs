namespace Portal.Features.Models;

/// <summary>
/// A feature as one tenant has it. For a disabled feature, <see cref="AlsoEnables"/> lists what enabling it
/// would bring along (its dependencies not yet enabled); for an enabled one, <see cref="AlsoDisables"/> lists
/// what disabling it would take along (its enabled dependents). <see cref="CannotChange"/> says why it cannot
/// be switched (always enabled, or needed by an always-enabled feature), else null.
/// </summary>
public sealed record TenantFeatureResponse(
    string Id,
    string Name,
    string Category,
    string Description,
    IReadOnlyList<string> Dependencies,
    IReadOnlyList<string> Dependents,
    bool Enabled,
    bool AlwaysEnabled,
    IReadOnlyList<string> AlsoEnables,
    IReadOnlyList<string> AlsoDisables,
    string? CannotChange);
