using System.Net.Mail;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Recipes;
using Portal.Tenants.Models;

namespace Portal.Tenants.Services;

/// <summary>
/// Checks a tenant request field by field, before anything is created. Errors are keyed by the JSON field
/// name ("name", "urlPrefix", "hosts", ...), which the admin form maps to its own fields.
/// </summary>
public sealed class TenantRequestValidator(IRecipeCatalog recipes)
{
    public const int MaxDisplayNameLength = 200;
    public const int MaxHosts = 20;

    /// <summary>The request made whole (prefix defaulted, hosts normalised) and the errors found.</summary>
    public (NormalisedTenantRequest Request, Dictionary<string, string[]> Errors) Validate(CreateTenantRequest request)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) =>
            (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var name = request.Name?.Trim() ?? "";
        if (TenantNames.Validate(name) is { } nameError)
        {
            Add("name", nameError);
        }

        var displayName = request.DisplayName?.Trim() ?? "";
        if (displayName.Length == 0)
        {
            Add("displayName", "Enter a display name.");
        }
        else if (displayName.Length > MaxDisplayNameLength || displayName.Any(char.IsControl))
        {
            Add("displayName", $"The display name must be 1 to {MaxDisplayNameLength} characters of text, on one line.");
        }

        var hosts = (request.Hosts ?? []).Select(h => h?.Trim().ToLowerInvariant() ?? "").ToList();
        if (hosts.Count > MaxHosts)
        {
            Add("hosts", $"Give at most {MaxHosts} host names.");
        }

        foreach (var host in hosts)
        {
            if (HostNameRules.Validate(host) is { } hostError)
            {
                Add("hosts", hostError);
            }
        }

        if (hosts.Distinct(StringComparer.Ordinal).Count() != hosts.Count)
        {
            Add("hosts", "Each host name can be given once.");
        }

        // Without hosts, the prefix is the only way to reach the tenant, so it defaults to the name.
        var prefix = string.IsNullOrWhiteSpace(request.UrlPrefix) ? null : request.UrlPrefix.Trim();
        if (prefix is null && hosts.Count == 0)
        {
            prefix = name;
        }
        else if (prefix is not null && TenantNames.Validate(prefix) is { } prefixError)
        {
            Add("urlPrefix", "URL prefix: " + prefixError);
        }

        var recipeJson = ResolveRecipe(request, Add);

        var email = request.AdminEmail?.Trim() ?? "";
        if (email.Length == 0)
        {
            Add("adminEmail", "Enter the administrator's email address.");
        }
        else if (!IsEmail(email))
        {
            Add("adminEmail", "Enter an email address in the correct format, like name@example.org.");
        }

        var normalised = new NormalisedTenantRequest(name, displayName, prefix, hosts, request.Recipe?.Trim(), recipeJson ?? "", email);
        return (normalised, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    private string? ResolveRecipe(CreateTenantRequest request, Action<string, string> add)
    {
        var hasName = !string.IsNullOrWhiteSpace(request.Recipe);
        var hasJson = !string.IsNullOrWhiteSpace(request.RecipeJson);
        if (hasName && hasJson)
        {
            add("recipe", "Give either a recipe name or a recipe's JSON, not both.");
            return null;
        }

        if (hasJson)
        {
            return request.RecipeJson;
        }

        if (!hasName)
        {
            add("recipe", "Choose a recipe.");
            return null;
        }

        var recipe = recipes.Find(request.Recipe!.Trim());
        if (recipe is null)
        {
            add("recipe", $"There is no recipe named '{request.Recipe!.Trim()}'.");
            return null;
        }

        if (recipe.ForDefaultTenant)
        {
            add("recipe", $"The recipe '{recipe.Name}' sets up the platform itself, not a tenant.");
            return null;
        }

        return recipe.Json;
    }

    private static bool IsEmail(string value) =>
        value.Length <= 254
        && MailAddress.TryCreate(value, out var address)
        && address.Address == value
        && address.Host.Contains('.')
        && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>Recipes for tenants (not the platform), for pickers.</summary>
    public IReadOnlyList<RecipeDescriptor> TenantRecipes() => recipes.Recipes.Where(r => !r.ForDefaultTenant).ToList();
}
