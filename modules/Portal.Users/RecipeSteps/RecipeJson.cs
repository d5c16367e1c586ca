using System.Text.Json.Nodes;

namespace Portal.Users.RecipeSteps;

/// <summary>Small readers for recipe step JSON that report what is wrong instead of throwing.</summary>
internal static class RecipeJson
{
    public static string? String(JsonObject obj, string property) =>
        obj[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static bool IsAbsentOrString(JsonObject obj, string property) =>
        obj[property] is null || (obj[property] is JsonValue v && v.TryGetValue<string>(out _));

    /// <summary>The strings of an array property; null when the property is not an array of non-empty strings.</summary>
    public static List<string>? NonEmptyStrings(JsonObject obj, string property)
    {
        if (obj[property] is not JsonArray array)
        {
            return null;
        }

        var values = new List<string>();
        foreach (var node in array)
        {
            if (node is not JsonValue v || !v.TryGetValue<string>(out var s) || string.IsNullOrWhiteSpace(s))
            {
                return null;
            }

            values.Add(s.Trim());
        }

        return values;
    }

    public static IEnumerable<string> UnknownProperties(JsonObject obj, params string[] known) =>
        obj.Select(p => p.Key).Where(k => !known.Contains(k, StringComparer.Ordinal));
}
