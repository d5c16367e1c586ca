using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Abstractions.Redis;
using Portal.Abstractions.Security;
using Portal.Abstractions.Shell;
using Portal.Host.Health;
using Portal.Host.Shell;

namespace Portal.Host.Redis;

/// <summary>Registers what lives in Redis when it is configured, and its in-process twins when it is not.</summary>
internal static class RedisServiceCollectionExtensions
{
    /// <summary>Host level: the one connection, the shell signal and its reconciliation, the readiness check.</summary>
    public static IServiceCollection AddPortalRedis(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalRedisOptions>(configuration.GetSection(PortalRedisOptions.Section));
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<NodeIdentity>();
        services.AddSingleton<IShellChangePublisher, RedisShellReleasePublisher>();
        services.AddSingleton<ShellSettingsReconciler>();
        services.AddHostedService<ShellReleaseSubscriber>();
        services.AddHostedService<ShellReconciliationService>();
        if (!string.IsNullOrWhiteSpace(configuration[PortalRedisOptions.Section + ":Configuration"]))
        {
            services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, [HealthEndpoints.ReadyTag]);
        }

        return services;
    }

    /// <summary>Tenant level: the tenant's cache and rate-limit counters, under its own key prefix.</summary>
    public static IServiceCollection AddTenantRedis(this IServiceCollection services, ShellSettings settings)
    {
        services.AddSingleton<IDistributedCache>(sp => new TenantDistributedCache(settings.Name, sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISharedRateLimiterFactory>(sp => new SharedRateLimiterFactory(settings.Name, sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ITenantRedis>(sp => new TenantRedis(settings.Name, sp.GetRequiredService<RedisConnection>()));
        return services;
    }
}
