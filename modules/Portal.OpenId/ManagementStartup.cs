using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.Abstractions.Navigation;
using Portal.OpenId.Endpoints;
using Portal.OpenId.Navigation;

namespace Portal.OpenId;

/// <summary>
/// The API and the admin pages (<c>~/admin/clients</c>, <c>~/admin/scopes</c>) to register the tenant's clients
/// and scopes (permission ManageClients).
/// </summary>
[Feature(FeatureId)]
public sealed class ManagementStartup : StartupBase
{
    public const string FeatureId = "Portal.OpenId.Management";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, OpenIdPermissions>();
        services.AddSingleton<INavigationProvider, OpenIdNavigation>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapClientsApi();
        routes.MapScopesApi();
    }
}
