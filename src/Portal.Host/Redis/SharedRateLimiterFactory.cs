using System.Threading.RateLimiting;
using Portal.Abstractions.Security;

namespace Portal.Host.Redis;

/// <summary>One tenant's shared limiters: counted in Redis when it is configured, else plain in-process windows.</summary>
internal sealed class SharedRateLimiterFactory(string tenant, RedisConnection redis, TimeProvider clock) : ISharedRateLimiterFactory
{
    public RateLimiter CreateFixedWindow(string partitionKey, int permitLimit, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        if (!redis.IsConfigured)
        {
            return new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitLimit, Window = window, QueueLimit = 0, AutoReplenishment = true,
            });
        }

        return new SharedFixedWindowRateLimiter(redis, tenant, partitionKey, permitLimit, window, clock);
    }
}
