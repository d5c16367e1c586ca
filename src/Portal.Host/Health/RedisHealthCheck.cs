using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Host.Redis;

namespace Portal.Host.Health;

/// <summary>
/// "redis" on /health/ready when Redis is configured: Healthy when it answers PING, Degraded (never Unhealthy)
/// when not (or while this node is not yet listening for shell signals), because the portal keeps serving from its
/// in-process fallback and must stay in the load balancer.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsAvailable || redis.Multiplexer is not { } multiplexer)
        {
            return HealthCheckResult.Degraded("Redis is not connected: cache, rate limits and shell signals run in-process on this node");
        }

        try
        {
            var latency = await multiplexer.GetDatabase().PingAsync();
            redis.ReportSuccess();
            return redis.ShellSignalsSubscribed
                ? HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.#} ms")
                : HealthCheckResult.Degraded("Redis answers, but this node does not listen for shell signals yet");
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            redis.ReportFailure(ex, "health check");
            return HealthCheckResult.Degraded($"Redis did not answer PING: {ex.GetType().Name}");
        }
    }
}
