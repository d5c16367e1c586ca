using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Configuration.Data;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>The tenant's current configuration as the shared records, from the cache when it is fresh.</summary>
public sealed class RoutingDirectory(RoutingConfigurationDbContext db, RoutingConfigurationCache cache) : IRoutingDirectory
{
    public async Task<RoutingConfiguration> CurrentAsync(CancellationToken cancellationToken)
    {
        if (cache.Configuration is { } cached)
        {
            return cached;
        }

        var generation = cache.Generation;
        var centres = await db.Centres.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var queues = await db.Queues.AsNoTracking().Include(q => q.ServingCentres).OrderBy(q => q.Code).ToListAsync(cancellationToken);
        var schedules = await db.Schedules.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
        var configuration = new RoutingConfiguration(
            centres.Select(ConfigurationMapping.ToDomain).ToList(),
            queues.Select(ConfigurationMapping.ToDomain).ToList(),
            schedules.Select(ConfigurationMapping.ToDomain).ToList());
        cache.Keep(generation, configuration);
        return configuration;
    }
}
