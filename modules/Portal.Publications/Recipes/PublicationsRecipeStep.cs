using Portal.Abstractions.Recipes;
using Portal.Publications.Recipes.Services;

namespace Portal.Publications.Recipes;

/// <summary>
/// The <c>publications</c> recipe step: decision reports taken through the whole workflow to Published, for example
/// <c>{"name": "publications", "reports": [{"reference": "...", "title": "...", "part1": [...], "part2": [...]}]}</c>
/// (each report as the authoring API takes it, see <see cref="Reports.Models.ReportInput"/>). Every report is checked
/// before the setup writes anything; storing goes through the module's own services, and a refusal fails the setup,
/// which removes the tenant's store.
/// </summary>
internal sealed class PublicationsRecipeStep(PublicationSeeder seeder) : IRecipeStepHandler
{
    public string StepName => "publications";

    public void Validate(RecipeStep step, RecipeValidationContext context)
    {
        var errors = new List<string>();
        PublicationSeedReader.Read(step.Data, errors);
        foreach (var error in errors)
        {
            context.AddError(step, error);
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var reports = PublicationSeedReader.Read(step.Data, errors)
            ?? throw new PublicationSeedFailure($"publications: {string.Join(" ", errors)}");
        await seeder.SeedAsync(reports, context.Tenant.SetupRecipe ?? "setup", cancellationToken);
    }
}
