using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Portal.Host.Data;

namespace Portal.Host.Tests.Data;

/// <summary>A starting node waits for a database that cannot be reached yet, and only for that.</summary>
public sealed class StoreStartupWaitTests
{
    private static NpgsqlException Refused() => new("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public async Task A_step_is_run_again_until_the_database_answers()
    {
        var attempts = 0;
        await StoreStartupWait.RunAsync(_ =>
        {
            attempts++;
            return attempts < 3 ? throw Refused() : Task.CompletedTask;
        }, TimeSpan.FromSeconds(30), NullLogger.Instance, CancellationToken.None);

        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task A_failure_that_waiting_cannot_mend_is_thrown_at_once()
    {
        var attempts = 0;
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StoreStartupWait.RunAsync(_ =>
        {
            attempts++;
            throw new InvalidOperationException("migration is broken");
        }, TimeSpan.FromSeconds(30), NullLogger.Instance, CancellationToken.None));

        Assert.Equal(1, attempts);
        Assert.Equal("migration is broken", error.Message);
    }

    [Fact]
    public async Task After_the_wait_the_unreachable_database_is_reported()
    {
        var attempts = 0;
        await Assert.ThrowsAsync<NpgsqlException>(() => StoreStartupWait.RunAsync(_ =>
        {
            attempts++;
            throw Refused();
        }, TimeSpan.FromSeconds(2), NullLogger.Instance, CancellationToken.None));

        Assert.InRange(attempts, 2, 5);
    }
}
