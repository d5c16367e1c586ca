using Microsoft.Extensions.Logging;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Recipes;
using Portal.Host.Modules;

namespace Portal.Host.Recipes;

/// <summary>Recipes embedded in the modules as resources named "*.recipe.json".</summary>
public sealed class RecipeCatalog : IRecipeCatalog
{
    public RecipeCatalog(ModuleCatalog modules, ILogger<RecipeCatalog> logger)
    {
        var recipes = new List<RecipeDescriptor>();
        foreach (var module in modules.Modules)
        {
            foreach (var resource in module.Assembly.GetManifestResourceNames().Where(r => r.EndsWith(".recipe.json", StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = module.Assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                var descriptor = RecipeParser.ReadDescriptor(reader.ReadToEnd());
                if (recipes.Any(r => r.Name == descriptor.Name))
                {
                    throw new FeatureGraphException($"Recipe '{descriptor.Name}' is shipped twice (again by module '{module.Id}').");
                }

                recipes.Add(descriptor);
                logger.LogDebug("Recipe {Recipe} from module {Module}", descriptor.Name, module.Id);
            }
        }

        Recipes = recipes.OrderBy(r => r.Name).ToList();
    }

    public IReadOnlyList<RecipeDescriptor> Recipes { get; }

    public RecipeDescriptor? Find(string name) => Recipes.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
