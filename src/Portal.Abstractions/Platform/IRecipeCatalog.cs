using Portal.Abstractions.Recipes;

namespace Portal.Abstractions.Platform;

/// <summary>The recipes shipped by the modules (embedded "*.recipe.json" resources).</summary>
public interface IRecipeCatalog
{
    IReadOnlyList<RecipeDescriptor> Recipes { get; }

    RecipeDescriptor? Find(string name);
}
