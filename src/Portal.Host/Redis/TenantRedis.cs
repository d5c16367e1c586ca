using Portal.Abstractions.Redis;
using StackExchange.Redis;

namespace Portal.Host.Redis;

/// <summary>The host's one connection, seen by one tenant: its keys carry the tenant's prefix.</summary>
internal sealed class TenantRedis(string tenant, RedisConnection connection) : ITenantRedis
{
    public bool IsConfigured => connection.IsConfigured;

    public IDatabase? Database => connection.IsAvailable ? connection.Multiplexer!.GetDatabase() : null;

    public string KeyPrefix(string area)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        return connection.Keys.AreaPrefix(tenant, area);
    }

    public void ReportFailure(Exception exception, string operation) => connection.ReportFailure(exception, operation);

    public void ReportSuccess() => connection.ReportSuccess();

    public bool IsFailure(Exception exception) => RedisConnection.IsFailure(exception);
}
