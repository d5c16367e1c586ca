using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Recipes;
using Portal.CallRouting.Recipes.Services;

namespace Portal.CallRouting.Recipes;

public static class RecipesRegistration
{
    /// <summary>The <c>call-routing</c> recipe step and the services it stores through.</summary>
    public static IServiceCollection AddRoutingRecipes(this IServiceCollection services)
    {
        services.AddScoped<AgreementSeeder>();
        services.AddScoped<RoutingSeeder>();
        services.AddScoped<IRecipeStepHandler, CallRoutingRecipeStep>();
        return services;
    }
}
