namespace Portal.Users.RecipeSteps;

/// <summary>One entry of a <c>roles</c> step, read and checked.</summary>
internal sealed record RecipeRole(string Name, string? Description, IReadOnlyList<string> Permissions);
