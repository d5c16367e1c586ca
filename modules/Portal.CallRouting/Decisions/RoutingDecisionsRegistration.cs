using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Abstractions.Data;
using Portal.Abstractions.Navigation;
using Portal.CallRouting.Contingency.Data;
using Portal.CallRouting.Contingency.Endpoints;
using Portal.CallRouting.Contingency.Navigation;
using Portal.CallRouting.Contingency.Services;
using Portal.CallRouting.Decisions.Endpoints;
using Portal.CallRouting.Decisions.Services;
using Portal.CallRouting.WhatIf.Routing;

namespace Portal.CallRouting.Decisions;

/// <summary>
/// Routing decisions and contingency activation: <c>services.AddRoutingDecisions()</c> and
/// <c>routes.MapRoutingDecisionsApi()</c>. They need <see cref="Plans.IPublishedPlanSource"/>,
/// <see cref="Live.IRoutingLiveStateReader"/> and <see cref="Agreements.IOverflowAgreements"/>, which other parts of
/// the module register.
/// </summary>
public static class RoutingDecisionsRegistration
{
    public static IServiceCollection AddRoutingDecisions(this IServiceCollection services)
    {
        services.AddTenantDbContext<ContingencyDbContext, ContingencySqliteDbContext, ContingencyPostgresDbContext>(ContingencyDbContext.Module);
        // Singletons of the tenant's container: one compiled plan and one active-contingency list per tenant.
        services.AddSingleton<CompiledPlanCache>();
        services.AddSingleton<ActiveContingencyCache>();
        services.AddScoped<RoutingDecisionService>();
        // What-if decides its simulated calls with the same evaluator (a host stand-in wins: TryAdd).
        services.TryAddSingleton<IWhatIfRouterFactory, EvaluatorWhatIfRouterFactory>();
        services.AddScoped<ContingencyActivations>();
        services.AddSingleton<INavigationProvider, ContingencyMenu>();
        return services;
    }

    public static IEndpointRouteBuilder MapRoutingDecisionsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapDecisionsApi();
        routes.MapContingencyApi();
        return routes;
    }
}
