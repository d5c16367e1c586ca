using Portal.Abstractions.Recipes;
using Portal.Abstractions.Shell;
using Portal.Host.Modules;

namespace Portal.Host.Recipes;

/// <summary><c>{"name": "themes", "site": "Portal.Themes.GovUk"}</c>: sets and enables the tenant's theme.</summary>
internal sealed class ThemesStep(ModuleCatalog catalog) : ISettingsStep
{
    public string StepName => "themes";

    public ShellSettings Apply(RecipeStep step, ShellSettings settings, List<string> errors)
    {
        var site = (string?)step.Data["site"];
        if (string.IsNullOrWhiteSpace(site))
        {
            errors.Add($"{step.Location}: \"site\" names the theme.");
            return settings;
        }

        if (catalog.Graph.Find(site) is not { IsTheme: true })
        {
            errors.Add($"{step.Location}: '{site}' is not a theme.");
            return settings;
        }

        var enabled = catalog.Graph.WithDependencies(settings.EnabledFeatures.Append(site));
        return settings with { Theme = site, EnabledFeatures = catalog.Graph.Order(enabled).Select(f => f.Id).ToList() };
    }
}
