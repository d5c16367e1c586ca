using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Host.Data;

namespace Portal.Host.Tests.Data;

/// <summary>Which failures are "the database cannot be reached" (503, retry) and which stay errors (500 or their own answer).</summary>
public sealed class StoreUnavailableTests
{
    public static TheoryData<string> UnreachableStates => ["08006", "08001", "57P01", "57P02", "57P03", "53300", "53200"];

    public static TheoryData<string> RequestErrorStates => ["23505", "42501", "42P01", "40001", "40P01"];

    [Fact]
    public void A_refused_connection_is_unreachable()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));
        Assert.True(StoreUnavailable.Is(refused));
    }

    [Fact]
    public void A_broken_connection_wrapped_by_ef_core_is_unreachable()
    {
        var broken = new NpgsqlException("Exception while reading from stream", new EndOfStreamException());
        var retried = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", broken);
        Assert.True(StoreUnavailable.Is(new DbUpdateException("An error occurred while saving the entity changes.", retried)));
        Assert.True(StoreUnavailable.Is(new AggregateException(new InvalidOperationException("other"), retried)));
    }

    [Theory]
    [MemberData(nameof(UnreachableStates))]
    public void Connection_and_shutdown_states_are_unreachable(string sqlState) =>
        Assert.True(StoreUnavailable.Is(new DbUpdateException("save", new PostgresException("server says", "FATAL", "FATAL", sqlState))));

    [Theory]
    [MemberData(nameof(RequestErrorStates))]
    public void Errors_about_the_request_itself_are_not(string sqlState) =>
        Assert.False(StoreUnavailable.Is(new DbUpdateException("save", new PostgresException("server says", "ERROR", "ERROR", sqlState))));

    [Fact]
    public void Other_failures_are_not()
    {
        Assert.False(StoreUnavailable.Is(new InvalidOperationException("a bug")));
        Assert.False(StoreUnavailable.Is(new DbUpdateConcurrencyException("changed meanwhile")));
    }
}
