using Portal.Abstractions.Recipes;
using Portal.Host.Recipes;
using Portal.Web;

namespace Portal.Benchmarks.PortalApp;

/// <summary>
/// The recipes the portal's modules ship, read before any host starts, so a mode can pick <c>demo</c> or
/// <c>police-force</c> when they exist and fall back while they are still being written.
/// </summary>
public static class ShippedRecipes
{
    private static readonly Lazy<IReadOnlyList<RecipeDescriptor>> All = new(Load);

    public static RecipeDescriptor? Find(string name) =>
        All.Value.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<RecipeDescriptor> Load()
    {
        var recipes = new List<RecipeDescriptor>();
        foreach (var assembly in PortalModules.Assemblies)
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.EndsWith(".recipe.json", StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                recipes.Add(RecipeParser.ReadDescriptor(reader.ReadToEnd()));
            }
        }

        return recipes;
    }
}
