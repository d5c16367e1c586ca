using System.Security.Claims;

namespace Portal.Publications.Recipes.Services;

/// <summary>
/// Who a recipe's reports are recorded against. Setup has no signed-in person, so the reports' history names the
/// recipe: its author writes and submits, and a distinct actor approves and publishes, because the workflow keeps its
/// two-person rule for every caller. Both are visibly the recipe, never a person; the recipe itself is the reviewed
/// artefact. (The same spelling as the call-routing step's actors.)
/// </summary>
public static class PublicationRecipeActors
{
    public static ClaimsPrincipal Author(string recipe) => Principal($"recipe:{recipe}");

    public static ClaimsPrincipal Approver(string recipe) => Principal($"recipe:{recipe}:approval");

    // Only a subject: ReportActor then records it as both the actor's id and name, with no person or client implied.
    private static ClaimsPrincipal Principal(string subject) => new(new ClaimsIdentity([new Claim("sub", subject)], authenticationType: "recipe"));
}
