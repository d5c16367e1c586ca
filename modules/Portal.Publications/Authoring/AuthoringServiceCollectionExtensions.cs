using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Navigation;
using Portal.Publications.Authoring.Navigation;
using Portal.Publications.Authoring.Services;

namespace Portal.Publications.Authoring;

/// <summary>Registers the editors' pages (MVC controllers, found with the module): their admin menu entry and the version history they show.</summary>
public static class AuthoringServiceCollectionExtensions
{
    public static IServiceCollection AddPublicationAuthoring(this IServiceCollection services)
    {
        services.AddScoped<INavigationProvider, ReportsAdminMenu>();
        services.AddScoped<ReportHistory>();
        services.AddScoped<ReportPageBuilder>();
        return services;
    }
}
