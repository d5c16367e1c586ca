using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Abstractions.Recipes;

namespace Portal.Host.Recipes;

/// <summary>
/// Reads a recipe: <c>{"name": "...", "displayName": "...", "description": "...", "forDefaultTenant": false,
/// "steps": [{"name": "feature", ...}, ...]}</c>. String values may hold <c>{{Variable}}</c> placeholders
/// (AdminEmail, AdminPassword, ClientSecret, ...), substituted here so secrets never live in recipe files.
/// </summary>
public static partial class RecipeParser
{
    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}")]
    private static partial Regex Placeholder();

    public static RecipeDescriptor ReadDescriptor(string json)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new JsonException("A recipe is a JSON object.");
        return new RecipeDescriptor(
            (string?)root["name"] ?? throw new JsonException("A recipe needs a \"name\"."),
            (string?)root["displayName"] ?? (string)root["name"]!,
            (string?)root["description"] ?? "",
            (bool?)root["forDefaultTenant"] ?? false,
            json);
    }

    /// <summary>The recipe, or null with the reasons in <paramref name="errors"/>.</summary>
    public static ParsedRecipe? Parse(string json, IReadOnlyDictionary<string, string> variables, List<string> errors)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })?.AsObject()
                ?? throw new JsonException("empty document");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            errors.Add($"The recipe is not valid JSON: {ex.Message}");
            return null;
        }

        var name = root["name"] is JsonValue n && n.TryGetValue<string>(out var s) ? s : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("The recipe needs a \"name\".");
        }

        if (root["steps"] is not JsonArray stepArray)
        {
            errors.Add("The recipe needs a \"steps\" array.");
            return null;
        }

        var steps = new List<RecipeStep>();
        for (var i = 0; i < stepArray.Count; i++)
        {
            if (stepArray[i] is not JsonObject step || step["name"] is not JsonValue stepName || !stepName.TryGetValue<string>(out var stepNameText)
                || string.IsNullOrWhiteSpace(stepNameText))
            {
                errors.Add($"step {i + 1}: each step is an object with a \"name\".");
                continue;
            }

            var data = (JsonObject)Substitute(step.DeepClone(), variables, $"step {i + 1} ({stepNameText})", errors)!;
            steps.Add(new RecipeStep(i, stepNameText, data));
        }

        var forDefault = root["forDefaultTenant"] is JsonValue f && f.TryGetValue<bool>(out var b) && b;
        return errors.Count == 0 ? new ParsedRecipe(name!, forDefault, steps) : null;
    }

    private static JsonNode? Substitute(JsonNode? node, IReadOnlyDictionary<string, string> variables, string where, List<string> errors)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    obj[key] = Substitute(obj[key]?.DeepClone(), variables, where, errors);
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Substitute(array[i]?.DeepClone(), variables, where, errors);
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("{{", StringComparison.Ordinal):
                return JsonValue.Create(Placeholder().Replace(text, m =>
                {
                    if (variables.TryGetValue(m.Groups[1].Value, out var v))
                    {
                        return v;
                    }

                    errors.Add($"{where}: the variable {{{{{m.Groups[1].Value}}}}} has no value.");
                    return "";
                }));
            default:
                return node;
        }
    }
}
