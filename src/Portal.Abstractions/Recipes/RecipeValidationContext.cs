namespace Portal.Abstractions.Recipes;

public sealed class RecipeValidationContext(string recipeName)
{
    private readonly List<string> _errors = [];

    public string RecipeName { get; } = recipeName;
    public IReadOnlyList<string> Errors => _errors;

    public void AddError(RecipeStep step, string message) => _errors.Add($"{step.Location}: {message}");

    public void AddError(string message) => _errors.Add(message);
}
