using Portal.Abstractions.Recipes;
using Portal.CallRouting.Recipes.Services;

namespace Portal.CallRouting.Recipes;

/// <summary>
/// The <c>call-routing</c> recipe step: a force's schedules, centres, queues, its side of accepted overflow agreements
/// and a published routing plan, for example
/// <c>{"name": "call-routing", "schedules": [...], "centres": [...], "queues": [...], "agreements": [...], "plan": {...}}</c>
/// (items as the API takes them; see <see cref="Models.RoutingSeed"/>). Validation reads the whole step before the
/// setup writes anything; storing goes through the module's services, and a refusal fails the setup, which removes
/// the tenant's store.
/// </summary>
internal sealed class CallRoutingRecipeStep(RoutingSeeder seeder) : IRecipeStepHandler
{
    public string StepName => "call-routing";

    public void Validate(RecipeStep step, RecipeValidationContext context)
    {
        var errors = new List<string>();
        RoutingSeedReader.Read(step.Data, errors);
        foreach (var error in errors)
        {
            context.AddError(step, error);
        }
    }

    public async Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var seed = RoutingSeedReader.Read(step.Data, errors)
            ?? throw new RoutingSeedFailure($"call-routing: {string.Join(" ", errors)}");
        await seeder.SeedAsync(seed, context.Tenant.SetupRecipe ?? "setup", cancellationToken);
    }
}
