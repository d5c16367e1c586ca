using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.CallRouting.Agreements;
using Portal.CallRouting.Agreements.Endpoints;
using Portal.CallRouting.Scheduling.Endpoints;

namespace Portal.CallRouting;

/// <summary>The call routing module: its permissions, stores, API under <c>~/api/routing</c> and pages under <c>~/routing</c>.</summary>
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // Singletons: the host's policy provider (a singleton) reads the permission providers.
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddOverflowAgreements();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapBankHolidaysApi();
        routes.MapOverflowAgreementsApi();
    }
}
