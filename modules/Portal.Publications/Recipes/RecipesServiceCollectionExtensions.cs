using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Recipes;
using Portal.Publications.Recipes.Services;

namespace Portal.Publications.Recipes;

public static class RecipesServiceCollectionExtensions
{
    /// <summary>The <c>publications</c> recipe step and the seeder it stores through.</summary>
    public static IServiceCollection AddPublicationRecipes(this IServiceCollection services)
    {
        services.AddScoped<PublicationSeeder>();
        services.AddScoped<IRecipeStepHandler, PublicationsRecipeStep>();
        return services;
    }
}
