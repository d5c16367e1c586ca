using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Security;
using Portal.CallRouting.Live;
using Portal.CallRouting.Configuration;
using Portal.CallRouting.Configuration.Endpoints;
using Portal.CallRouting.Plans;
using Portal.CallRouting.Plans.Endpoints;
using Portal.CallRouting.Recipes;
using Portal.CallRouting.Decisions;
using Portal.CallRouting.Agreements;
using Portal.CallRouting.Agreements.Endpoints;
using Portal.CallRouting.Scheduling.Endpoints;
using Portal.CallRouting.WhatIf;
using Portal.CallRouting.WhatIf.Endpoints;

namespace Portal.CallRouting;

/// <summary>The call routing module: its permissions, stores, API under <c>~/api/routing</c> and pages under <c>~/routing</c>.</summary>
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        // Singletons: the host's policy provider (a singleton) reads the permission providers.
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddRoutingLiveState();
        services.AddRoutingConfiguration();
        services.AddRoutingPlans();
        services.AddRoutingDecisions();
        services.AddOverflowAgreements();
        services.AddRoutingRecipes();
        // Last: what-if falls back to its own plan source and router only where the parts above offer none.
        services.AddRoutingWhatIf();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider serviceProvider)
    {
        routes.MapBankHolidaysApi();
        routes.MapRoutingWhatIfApi();
        routes.MapRoutingLiveState();
        routes.MapRoutingConfigurationApi();
        routes.MapRoutingPlansApi();
        routes.MapRoutingDecisionsApi();
        routes.MapOverflowAgreementsApi();
    }
}
