using System.Text.Json.Nodes;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Shell;

namespace Portal.Host.Recipes;

/// <summary><c>{"name": "settings", "displayName": "...", "properties": {"TimeZone": "Europe/London"}}</c></summary>
internal sealed class SettingsStep : ISettingsStep
{
    public string StepName => "settings";

    public ShellSettings Apply(RecipeStep step, ShellSettings settings, List<string> errors)
    {
        var result = settings;
        if (step.Data["displayName"] is JsonNode displayName)
        {
            var text = displayName is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;
            if (string.IsNullOrEmpty(text) || text.Length > 200)
            {
                errors.Add($"{step.Location}: \"displayName\" must be text of 1 to 200 characters.");
            }
            else
            {
                result = result with { DisplayName = text };
            }
        }

        if (step.Data["properties"] is JsonNode node)
        {
            if (node is not JsonObject properties || properties.Any(p => p.Value is not JsonValue pv || !pv.TryGetValue<string>(out _)))
            {
                errors.Add($"{step.Location}: \"properties\" must be an object of text values.");
                return settings;
            }

            var merged = new Dictionary<string, string>(result.Properties);
            foreach (var (key, value) in properties)
            {
                merged[key] = value!.GetValue<string>();
            }

            result = result with { Properties = merged };
        }

        return result;
    }
}
