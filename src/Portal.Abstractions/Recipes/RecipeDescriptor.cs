namespace Portal.Abstractions.Recipes;

/// <summary>
/// A recipe shipped by a module as an embedded resource named "*.recipe.json". <see cref="ForDefaultTenant"/>
/// recipes set up the platform itself (for example "demo"); the others set up a tenant.
/// </summary>
public sealed record RecipeDescriptor(string Name, string DisplayName, string Description, bool ForDefaultTenant, string Json);
