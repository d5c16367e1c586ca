namespace Portal.Tenants.Services;

/// <summary>A tenant request after validation: trimmed, prefix defaulted, hosts lower-cased, recipe resolved to JSON.</summary>
public sealed record NormalisedTenantRequest(
    string Name,
    string DisplayName,
    string? UrlPrefix,
    IReadOnlyList<string> Hosts,
    string? RecipeName,
    string RecipeJson,
    string AdminEmail);
