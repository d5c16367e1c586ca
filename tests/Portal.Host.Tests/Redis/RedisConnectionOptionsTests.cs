using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Host.Redis;
using StackExchange.Redis;
using Microsoft.Extensions.Logging;

namespace Portal.Host.Tests.Redis;

public sealed class RedisConnectionOptionsTests
{
    [Fact]
    public void The_portal_never_waits_for_redis_unless_the_configuration_says_otherwise()
    {
        var options = RedisConnection.BuildOptions("127.0.0.1:6390,password=s3cret");

        Assert.False(options.AbortOnConnectFail);
        Assert.Same(BacklogPolicy.FailFast, options.BacklogPolicy);
        Assert.Equal(2000, options.ConnectTimeout);
        Assert.Equal(1000, options.SyncTimeout);
        Assert.Equal(1000, options.AsyncTimeout);

        var explicitTimeouts = RedisConnection.BuildOptions("127.0.0.1:6390,connectTimeout=9000,syncTimeout=8000,asyncTimeout=7000");
        Assert.Equal(9000, explicitTimeouts.ConnectTimeout);
        Assert.Equal(8000, explicitTimeouts.SyncTimeout);
        Assert.Equal(7000, explicitTimeouts.AsyncTimeout);
    }

    [Fact]
    public async Task An_unreachable_redis_does_not_stop_start_up_and_its_password_is_not_logged()
    {
        var log = new Support.TestLog();
        var port = FreeLoopbackPort();
        await using var connection = new RedisConnection(
            Options.Create(new PortalRedisOptions { Configuration = $"127.0.0.1:{port},password=never-log-me,connectTimeout=300" }),
            new LoggerFactory([log]).CreateLogger<RedisConnection>());

        await connection.ConnectAsync(CancellationToken.None);

        Assert.True(connection.IsConfigured);
        Assert.False(connection.IsAvailable);
        Assert.NotNull(connection.Multiplexer);
        Assert.Contains(log.Lines, l => l.Message.Contains($"127.0.0.1:{port}", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Lines, l => l.Message.Contains("never-log-me", StringComparison.Ordinal));

        // One outage, one warning, however many failures are reported during it.
        connection.ReportFailure(new TimeoutException("down"), "cache");
        connection.ReportFailure(new TimeoutException("down"), "rate limit");
        Assert.Single(log.Lines, l => l.Level == LogLevel.Warning);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
