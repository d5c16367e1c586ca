using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Abstractions.Data;

/// <summary>
/// How every SQLite store of the portal (platform and tenants) is opened: write-ahead logging, so that readers never
/// wait for the writer and a commit appends to the log instead of rewriting pages under an exclusive lock; and a busy
/// timeout, so that a writer waiting for another one is woken by SQLite within milliseconds of the lock coming free
/// (Microsoft.Data.Sqlite on its own retries a busy statement only every 150 ms). Measured on the events benchmark,
/// where request outbox writes and inbox batches contend for one tenant's file. Applied once per physical connection
/// (a pooled connection keeps its settings), by <see cref="Instance"/> added to every SQLite context's options:
/// one shared instance, so EF Core still builds one internal service provider for all tenants.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>
    /// How long SQLite itself waits for a lock before answering busy. Shorter than the command timeout (30 s), which
    /// still bounds the whole wait: Microsoft.Data.Sqlite keeps retrying after a busy answer until it passes.
    /// </summary>
    public const int BusyTimeoutMilliseconds = 5000;

    private static readonly string Pragmas = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA journal_mode = WAL;";
    private static readonly object Done = new();

    // Keyed by the native handle, which a pooled SqliteConnection keeps across Close and Open.
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    private SqliteConnectionSetup()
    {
    }

    public static SqliteConnectionSetup Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // Microsoft.Data.Sqlite runs commands synchronously whatever the method: no async path to take.
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>Applies the settings to an open connection the first time its native handle is seen.</summary>
    public static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        Configured.AddOrUpdate(handle, Done);
    }
}
