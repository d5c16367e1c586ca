using Portal.Abstractions.Recipes;

namespace Portal.Tenants.ViewModels;

public sealed record CreateTenantViewModel(CreateTenantForm Form, IReadOnlyList<RecipeDescriptor> Recipes);
