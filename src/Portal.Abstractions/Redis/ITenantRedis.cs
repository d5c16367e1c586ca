using StackExchange.Redis;

namespace Portal.Abstractions.Redis;

/// <summary>
/// The process's Redis connection as one tenant sees it (<c>Portal:Redis:Configuration</c>): keys under the tenant's
/// own prefix, so tenants never read each other's data. For modules that keep shared state in Redis (live queue
/// state) and need more than <c>IDistributedCache</c>. Without Redis configured, such a module uses its in-process
/// implementation instead.
/// </summary>
public interface ITenantRedis
{
    /// <summary>Redis is configured for this portal (it may still be away right now).</summary>
    bool IsConfigured { get; }

    /// <summary>The database while connected; null when not configured or while Redis is away.</summary>
    IDatabase? Database { get; }

    /// <summary>The prefix of every key of <paramref name="area"/> for this tenant: "{instance}:{tenant}:{area}:".</summary>
    string KeyPrefix(string area);

    /// <summary>An operation failed because Redis is away: logged once per outage by the host, not per call.</summary>
    void ReportFailure(Exception exception, string operation);

    /// <summary>An operation succeeded: ends a logged outage.</summary>
    void ReportSuccess();

    /// <summary>What Redis being away looks like to a caller (anything else is a bug and should propagate).</summary>
    bool IsFailure(Exception exception);
}
