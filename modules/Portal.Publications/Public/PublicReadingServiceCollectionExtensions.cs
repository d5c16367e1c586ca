using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Navigation;
using Portal.Publications.Public.Endpoints;
using Portal.Publications.Public.Navigation;
using Portal.Publications.Public.Services;

namespace Portal.Publications.Public;

/// <summary>Registers the force's public reading site (pages are MVC controllers, found with the module, output-cached under <see cref="PublicPagesCachePolicy"/>) and its public read API.</summary>
public static class PublicReadingServiceCollectionExtensions
{
    public static IServiceCollection AddPublicReading(this IServiceCollection services)
    {
        services.AddScoped<INavigationProvider, PublicReportsNavigation>();
        services.Configure<OutputCacheOptions>(o => o.AddPolicy(PublicPagesCachePolicy.Name, new PublicPagesCachePolicy()));
        return services;
    }

    public static IEndpointRouteBuilder MapPublicReading(this IEndpointRouteBuilder routes) => routes.MapPublicReportsApi();
}
