using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Messaging;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Redis;
using Portal.Abstractions.Shell;
using Portal.CallRouting.Live.Endpoints;
using Portal.CallRouting.Live.Handlers;
using Portal.CallRouting.Live.Security;
using Portal.CallRouting.Live.Services;
using Portal.Contracts.Routing;

namespace Portal.CallRouting.Live;

/// <summary>The live state: its store, the cached snapshot, the event handlers, the events and state APIs and the dashboard.</summary>
public static class RoutingLiveStateRegistration
{
    public static IServiceCollection AddRoutingLiveState(this IServiceCollection services)
    {
        // Redis when the portal has it (every node shares the state), else this process.
        services.AddSingleton<ILiveStateStore>(sp => sp.GetRequiredService<ITenantRedis>() is { IsConfigured: true } redis
            ? new RedisLiveStateStore(redis)
            : InProcessLiveStateStores.For(sp.GetRequiredService<IHostApplicationLifetime>(), sp.GetRequiredService<ShellSettings>().Name));
        services.AddSingleton<LiveStateChanges>();
        services.AddSingleton(sp => new CachedLiveState(sp.GetRequiredService<ILiveStateStore>(), sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<LiveStateChanges>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CachedLiveState>>()));
        services.TryAddSingleton<IRoutingLiveStateReader>(sp => sp.GetRequiredService<CachedLiveState>());
        services.AddSingleton<PartnerActivityReader>();
        services.AddSingleton<LiveStateBroadcaster>();
        services.AddScoped<IIntegrationEventHandler<CallOffered>, CallOfferedHandler>();
        services.AddScoped<IIntegrationEventHandler<CallAnswered>, CallAnsweredHandler>();
        services.AddScoped<IIntegrationEventHandler<CallAbandoned>, CallAbandonedHandler>();
        services.AddScoped<IIntegrationEventHandler<AgentsAvailableChanged>, AgentsAvailableChangedHandler>();
        services.AddScoped<IIntegrationEventHandler<CentreStateChanged>, CentreStateChangedHandler>();
        services.AddSingleton<IAuthorizationHandler, TelephonyClientHandler>();
        services.AddScoped<IFeatureEventHandler, LiveFeatureEvents>();
        services.AddSingleton<INavigationProvider, LiveNavigation>();
        return services;
    }

    public static IEndpointRouteBuilder MapRoutingLiveState(this IEndpointRouteBuilder routes) =>
        routes.MapRoutingEventsApi().MapRoutingStateApi().MapDashboardStream();
}
