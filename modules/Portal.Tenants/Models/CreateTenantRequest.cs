namespace Portal.Tenants.Models;

/// <summary>
/// <c>POST /api/tenants</c>. Either <see cref="Recipe"/> (a tenant recipe from the catalogue) or
/// <see cref="RecipeJson"/> (a recipe written for this tenant). Every field is optional to the serializer so
/// that a missing one is reported by name with the other field errors, not as an unreadable body.
/// </summary>
public sealed record CreateTenantRequest
{
    /// <summary>2 to 30 lowercase letters, digits and hyphens; used in URLs, file names and cookie names.</summary>
    public string? Name { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>First path segment that selects the tenant; defaults to the name when no hosts are given.</summary>
    public string? UrlPrefix { get; init; }

    /// <summary>Host names that select the tenant; "*.example.org" matches any sub-domain.</summary>
    public IReadOnlyList<string>? Hosts { get; init; }

    /// <summary>Name of a tenant recipe in the catalogue, for example "police-force".</summary>
    public string? Recipe { get; init; }

    /// <summary>A whole recipe as JSON text, instead of <see cref="Recipe"/>.</summary>
    public string? RecipeJson { get; init; }

    /// <summary>The tenant's first administrator; its password is generated and returned once.</summary>
    public string? AdminEmail { get; init; }
}
