using Portal.Abstractions.Security;
using System.Text.Json.Nodes;
using Portal.Abstractions.Recipes;
using Portal.Users.Models;
using Portal.Users.Services;

namespace Portal.Users.RecipeSteps;

/// <summary>
/// Reads <c>{"name":"users","users":[{"email","password","displayName","roles":[...],"vettingLevel":"SC"}]}</c>.
/// Password strength is Identity's to judge when the user is created; here it only has to be there. Messages
/// never repeat a password.
/// </summary>
internal static class UsersStepReader
{
    public static IReadOnlyList<RecipeUser> Read(RecipeStep step, List<string> errors)
    {
        foreach (var key in RecipeJson.UnknownProperties(step.Data, "name", "users"))
        {
            errors.Add($"unknown property \"{key}\".");
        }

        if (step.Data["users"] is not JsonArray entries || entries.Count == 0)
        {
            errors.Add("\"users\" must be a non-empty array of users.");
            return [];
        }

        var users = new List<RecipeUser>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var where = $"user {i + 1}";
            if (entries[i] is not JsonObject entry)
            {
                errors.Add($"{where} must be an object.");
                continue;
            }

            var before = errors.Count;
            foreach (var key in RecipeJson.UnknownProperties(entry, "email", "password", "displayName", "roles", "vettingLevel"))
            {
                errors.Add($"{where}: unknown property \"{key}\".");
            }

            var email = RecipeJson.String(entry, "email")?.Trim();
            if (!EmailAddresses.IsValid(email))
            {
                errors.Add($"{where}: \"email\" must be an email address, like name@example.com.");
            }
            else if (!seen.Add(email!))
            {
                errors.Add($"{where}: the email address {email} is listed twice.");
            }

            var password = RecipeJson.String(entry, "password");
            if (string.IsNullOrEmpty(password))
            {
                errors.Add($"{where}: \"password\" is required.");
            }

            if (!RecipeJson.IsAbsentOrString(entry, "displayName"))
            {
                errors.Add($"{where}: \"displayName\" must be a string.");
            }

            var roles = entry["roles"] is null ? [] : RecipeJson.NonEmptyStrings(entry, "roles");
            if (roles is null)
            {
                errors.Add($"{where}: \"roles\" must be an array of role names.");
            }

            var level = VettingLevel.None;
            var levelText = RecipeJson.String(entry, "vettingLevel");
            if (entry["vettingLevel"] is not null && (levelText is null || !VettingLevels.TryParse(levelText, out level)))
            {
                errors.Add($"{where}: \"vettingLevel\" must be one of {string.Join(", ", Enum.GetNames<VettingLevel>())}.");
            }

            if (errors.Count == before)
            {
                var displayName = RecipeJson.String(entry, "displayName")?.Trim();
                users.Add(new RecipeUser(email!, password!, string.IsNullOrEmpty(displayName) ? email! : displayName, roles!, level));
            }
        }

        return users;
    }
}
