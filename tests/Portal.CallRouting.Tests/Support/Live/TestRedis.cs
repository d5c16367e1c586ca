using Portal.Abstractions.Redis;
using StackExchange.Redis;

namespace Portal.CallRouting.Tests.Support.Live;

/// <summary>
/// The shared Redis that infra/test.sh starts (PORTAL_TEST_REDIS). A test that needs it fails when it is not
/// there. Each store gets a prefix of its own, so runs and tests never read each other's keys.
/// </summary>
public static class TestRedis
{
    private static readonly Lazy<ConnectionMultiplexer> Connection = new(() =>
    {
        var configuration = Environment.GetEnvironmentVariable("PORTAL_TEST_REDIS") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("PORTAL_TEST_REDIS is not set: run the tests with ./infra/test.sh, which starts Redis.");
        return ConnectionMultiplexer.Connect(configuration);
    });

    public static ITenantRedis ForTenant(string tenant) => new Tenant(Connection.Value, $"portal-test-{Guid.NewGuid():N}:{tenant}");

    private sealed class Tenant(ConnectionMultiplexer connection, string prefix) : ITenantRedis
    {
        public bool IsConfigured => true;

        public IDatabase? Database => connection.IsConnected ? connection.GetDatabase() : null;

        public string KeyPrefix(string area) => $"{prefix}:{area}:";

        public void ReportFailure(Exception exception, string operation) { }

        public void ReportSuccess() { }

        public bool IsFailure(Exception exception) => exception is RedisException or TimeoutException;
    }
}
