using System.Text.Json.Nodes;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Shell;
using Portal.Host.Modules;

namespace Portal.Host.Recipes;

/// <summary><c>{"name": "feature", "enable": ["Portal.Users"], "disable": []}</c></summary>
internal sealed class FeatureStep(ModuleCatalog catalog) : ISettingsStep
{
    public string StepName => "feature";

    public ShellSettings Apply(RecipeStep step, ShellSettings settings, List<string> errors)
    {
        var enable = ReadIds(step, "enable", errors);
        var disable = ReadIds(step, "disable", errors);
        var before = errors.Count;
        foreach (var id in enable.Concat(disable))
        {
            var feature = catalog.Graph.Find(id);
            if (feature is null)
            {
                errors.Add($"{step.Location}: no module provides the feature '{id}'.");
            }
            else if (feature.DefaultTenantOnly && !settings.IsDefault)
            {
                errors.Add($"{step.Location}: the feature '{id}' is only for the platform (Default) tenant.");
            }
        }

        if (errors.Count > before)
        {
            return settings;
        }

        var enabled = catalog.Graph.WithDependencies(settings.EnabledFeatures.Concat(enable)).ToHashSet();
        enabled.ExceptWith(catalog.Graph.WithDependents(disable));
        return settings with { EnabledFeatures = catalog.Graph.Order(enabled).Select(f => f.Id).ToList() };
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
