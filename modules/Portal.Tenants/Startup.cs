using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Recipes;
using Portal.Abstractions.Security;
using Portal.Tenants.Endpoints;
using Portal.Tenants.Navigation;
using Portal.Tenants.Services;

namespace Portal.Tenants;

/// <summary>Tenant administration on the platform (Default) tenant: the API, the admin pages, the health page and the "tenants" recipe step.</summary>
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // Singletons: the host's policy provider (a singleton) reads the permission providers.
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, TenantsAdminMenu>();
        services.AddSingleton<INavigationProvider, HealthAdminMenu>();
        services.AddScoped<IRecipeStepHandler, TenantsRecipeStep>();
        services.AddScoped<TenantRequestValidator>();
        services.AddScoped<TenantCreator>();
        services.AddScoped<TenantStateChanger>();
        services.AddScoped<TenantRemoval>();
        services.AddScoped<PlatformHealthReader>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapTenantsApi();
        routes.MapHealthApi();
    }
}
