using System.Net.Sockets;
using Npgsql;

namespace Portal.Host.Data;

/// <summary>
/// Recognises "the database cannot be reached" (server stopped, restarting, refusing connections, network gone)
/// wherever it surfaces: straight from Npgsql, or wrapped by EF Core (<c>DbUpdateException</c>, the execution
/// strategy's "likely due to a transient failure") or by a shell that could not be built. Such a request is
/// answered 503 with a Retry-After instead of 500: nothing is wrong with the request or the code, and trying
/// again later will work. Errors the server reports about the request itself (constraint, permission, syntax,
/// serialization conflicts) are not this and stay what they are.
/// </summary>
public static class StoreUnavailable
{
    /// <summary>What the caller is told to wait before trying again: a restart of the database takes seconds.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Title = "The store is not available";

    public const string Detail = "The service cannot reach its database just now. Nothing was changed; try again in a few seconds.";

    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Any(Is);
            }

            if (IsUnreachable(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops the pooled connections: after the server went away they are all dead, and each would otherwise fail
    /// one more request after the server is back. Connections in use are discarded when they are returned.
    /// </summary>
    public static void ForgetBrokenConnections() => NpgsqlConnection.ClearAllPools();

    private static bool IsUnreachable(Exception exception) => exception switch
    {
        // Class 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now (starting up); class 53:
        // insufficient resources, such as 53300 when every connection slot is taken (seen under overload as a 500).
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || postgres.SqlState.StartsWith("53", StringComparison.Ordinal),
        // Not a server answer: the connection could not be opened or broke (socket, I/O, connect timeout).
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException,
        _ => false,
    };
}
