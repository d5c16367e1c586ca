namespace Portal.Abstractions.Recipes;

/// <summary>
/// Runs one kind of recipe step in the tenant's container. Every step of a recipe is validated by its handler
/// before the first step runs; a step that fails makes the whole setup fail and the tenant stay Uninitialized.
/// </summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    void Validate(RecipeStep step, RecipeValidationContext context);

    Task ExecuteAsync(RecipeStep step, RecipeExecutionContext context, CancellationToken cancellationToken);
}
