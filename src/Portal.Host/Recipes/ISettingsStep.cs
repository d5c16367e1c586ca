using Portal.Abstractions.Recipes;
using Portal.Abstractions.Shell;

namespace Portal.Host.Recipes;

/// <summary>
/// A host step that shapes the tenant's settings (features, theme, settings) before its shell is built, so
/// that the module steps which follow run in a container that already has those features.
/// </summary>
internal interface ISettingsStep
{
    string StepName { get; }

    /// <summary>The settings after this step, or the input unchanged with errors added.</summary>
    ShellSettings Apply(RecipeStep step, ShellSettings settings, List<string> errors);
}
