using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Features.Endpoints;
using Portal.Features.Navigation;
using Portal.Features.Services;

namespace Portal.Features;

/// <summary>The module catalogue and each tenant's features, on the platform (Default) tenant: the API and the admin pages.</summary>
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // Singletons: the host's policy provider (a singleton) reads the permission providers.
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, ModulesAdminMenu>();
        services.AddScoped<FeatureOverviewBuilder>();
        services.AddScoped<FeatureChanger>();
        services.AddScoped<ModuleCatalogReader>();
        services.AddScoped<ViewModels.FeatureNames>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider) =>
        routes.MapFeaturesApi();
}
