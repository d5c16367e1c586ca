using System.Text.Json.Nodes;
using Portal.Abstractions.Recipes;
using Portal.Users.Services;

namespace Portal.Users.RecipeSteps;

/// <summary>
/// Reads <c>{"name":"roles","roles":[{"name":"Editor","description":"...","permissions":["ManageUsers"]}]}</c>.
/// Every permission must be declared by a feature the tenant has enabled (after the recipe's feature steps).
/// </summary>
internal static class RolesStepReader
{
    public const int MaxNameLength = 50;

    public static IReadOnlyList<RecipeRole> Read(RecipeStep step, PermissionCatalog permissions, List<string> errors)
    {
        foreach (var key in RecipeJson.UnknownProperties(step.Data, "name", "roles"))
        {
            errors.Add($"unknown property \"{key}\".");
        }

        if (step.Data["roles"] is not JsonArray entries || entries.Count == 0)
        {
            errors.Add("\"roles\" must be a non-empty array of roles.");
            return [];
        }

        var roles = new List<RecipeRole>();
        for (var i = 0; i < entries.Count; i++)
        {
            var where = $"role {i + 1}";
            if (entries[i] is not JsonObject entry)
            {
                errors.Add($"{where} must be an object.");
                continue;
            }

            var before = errors.Count;
            foreach (var key in RecipeJson.UnknownProperties(entry, "name", "description", "permissions"))
            {
                errors.Add($"{where}: unknown property \"{key}\".");
            }

            var name = RecipeJson.String(entry, "name")?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
            {
                errors.Add($"{where}: \"name\" must be a role name of 1 to {MaxNameLength} characters.");
            }

            if (!RecipeJson.IsAbsentOrString(entry, "description"))
            {
                errors.Add($"{where}: \"description\" must be a string.");
            }

            var granted = entry["permissions"] is null ? [] : RecipeJson.NonEmptyStrings(entry, "permissions");
            if (granted is null)
            {
                errors.Add($"{where}: \"permissions\" must be an array of permission names.");
            }
            else
            {
                foreach (var permission in granted.Where(p => !permissions.IsDeclared(p)))
                {
                    errors.Add($"{where}: no enabled feature declares the permission '{permission}'.");
                }
            }

            if (errors.Count == before)
            {
                roles.Add(new RecipeRole(name!, RecipeJson.String(entry, "description")?.Trim(), granted!));
            }
        }

        return roles;
    }
}
