namespace Portal.CallRouting.Recipes.Services;

/// <summary>
/// Who a recipe's routing plan is recorded against. Setup has no signed-in person, so the plan's history names the
/// recipe: its author submits, and a distinct actor approves and publishes, because the plan workflow keeps its
/// two-person rule for every caller. Both are visibly the recipe, never a person; the recipe itself is the reviewed
/// artefact.
/// </summary>
public static class RecipeActors
{
    public static string Author(string recipe) => $"recipe:{recipe}";

    public static string Approver(string recipe) => $"recipe:{recipe}:approval";
}
