using Portal.Abstractions.Recipes;

namespace Portal.Host.Recipes;

public sealed record ParsedRecipe(string Name, bool ForDefaultTenant, IReadOnlyList<RecipeStep> Steps);
