using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Host.Data;

namespace Portal.Host.Health;

/// <summary>Ready only when the platform store answers a query.</summary>
internal sealed class PlatformStoreHealthCheck(PlatformStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = store.CreateContext();
            var tenants = await db.Tenants.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{(store.IsPostgres ? "PostgreSQL" : "SQLite")}: {tenants} tenants");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"The platform store did not answer: {ex.GetType().Name}");
        }
    }
}
