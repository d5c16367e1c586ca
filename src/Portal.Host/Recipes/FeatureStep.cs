using System.Text.Json.Nodes;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Shell;
using Portal.Abstractions.Platform;

namespace Portal.Host.Recipes;

/// <summary><c>{"name": "feature", "enable": ["Portal.Users"], "disable": []}</c></summary>
internal sealed class FeatureStep(IShellFeatureManager features) : ISettingsStep
{
    public string StepName => "feature";

    public ShellSettings Apply(RecipeStep step, ShellSettings settings, List<string> errors)
    {
        var enable = ReadIds(step, "enable", errors);
        var disable = ReadIds(step, "disable", errors);
        try
        {
            // The same rules as an admin's change: dependencies follow, dependents go, unknown ids are refused.
            return settings with { EnabledFeatures = features.Plan(settings.Name, settings.EnabledFeatures, enable, disable) };
        }
        catch (FeatureChangeException ex)
        {
            errors.Add($"{step.Location}: {ex.Message}");
            return settings;
        }
    }

    private static List<string> ReadIds(RecipeStep step, string property, List<string> errors)
    {
        if (step.Data[property] is null)
        {
            return [];
        }

        if (step.Data[property] is JsonArray array && array.All(n => n is JsonValue v && v.TryGetValue<string>(out _)))
        {
            return array.Select(n => n!.GetValue<string>()).ToList();
        }

        errors.Add($"{step.Location}: \"{property}\" must be an array of feature ids.");
        return [];
    }
}
