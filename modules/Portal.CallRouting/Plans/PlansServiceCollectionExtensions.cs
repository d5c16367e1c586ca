using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Abstractions.Data;
using Portal.Abstractions.Navigation;
using Portal.CallRouting.Plans.Data;
using Portal.CallRouting.Plans.Navigation;
using Portal.CallRouting.Plans.Services;
using Portal.CallRouting.WhatIf.Services;

namespace Portal.CallRouting.Plans;

public static class PlansServiceCollectionExtensions
{
    /// <summary>Routing plan versions: their store, the workflow, the published-plan source and the navigation entry.</summary>
    public static IServiceCollection AddRoutingPlans(this IServiceCollection services)
    {
        services.AddTenantDbContext<RoutingPlansDbContext, RoutingPlansSqliteDbContext, RoutingPlansPostgresDbContext>(RoutingPlansDbContext.Module);
        // One per tenant container: its cache is the tenant's.
        services.AddSingleton<PublishedPlanSource>();
        services.TryAddSingleton<IPublishedPlanSource>(sp => sp.GetRequiredService<PublishedPlanSource>());
        services.AddScoped<PlanValidationContext>();
        services.AddScoped<PlanWorkflow>();
        // What-if compares any stored version (a host stand-in, as in what-if's own tests, wins: TryAdd).
        services.TryAddScoped<IWhatIfPlanVersions, PlanVersionsForWhatIf>();
        services.AddSingleton<INavigationProvider, RoutingPlansMenu>();
        return services;
    }
}
