using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Abstractions.Data;
using Portal.Abstractions.Navigation;
using Portal.CallRouting.Configuration.Data;
using Portal.CallRouting.Configuration.Navigation;
using Portal.CallRouting.Configuration.Services;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Configuration;

public static class RoutingConfigurationRegistration
{
    /// <summary>The configuration store, its registries, the directory and centre states, and the pages' navigation.</summary>
    public static IServiceCollection AddRoutingConfiguration(this IServiceCollection services)
    {
        services.AddTenantDbContext<RoutingConfigurationDbContext, RoutingConfigurationSqliteDbContext, RoutingConfigurationPostgresDbContext>(
            RoutingConfigurationDbContext.Module);
        // A singleton of the tenant container: one cache per tenant, shared by all its requests.
        services.AddSingleton<RoutingConfigurationCache>();
        services.AddScoped<ConfigurationAudit>();
        // TryAdd, here and for the module's other shared interfaces: a stand-in the host supplies (tests and benchmarks
        // of one part of the module) is copied into the tenant first and wins.
        services.TryAddScoped<IRoutingDirectory, RoutingDirectory>();
        services.TryAddScoped<ICentreServiceStates, CentreServiceStates>();
        services.AddScoped<CentreRegistry>();
        services.AddScoped<QueueRegistry>();
        services.AddScoped<ScheduleRegistry>();
        services.AddSingleton<INavigationProvider, RoutingConfigurationNavigation>();
        return services;
    }
}
