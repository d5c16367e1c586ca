using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Messaging;

/// <summary>
/// Makes a SQLite connection wait for the store's write lock inside SQLite (<c>PRAGMA busy_timeout</c>: it retries
/// within milliseconds of the lock coming free) instead of failing busy at once, which Microsoft.Data.Sqlite answers
/// by sleeping 150 ms before it tries again. The event path's writers (requests storing events, the dispatcher, the
/// inbox batches) take turns on one tenant file many times a second: those sleeps, not the work, were where the
/// messages waited while requests kept coming (events benchmark, machine under load). No-op on PostgreSQL.
/// </summary>
internal static class SqliteLockWait
{
    /// <summary>Longer than any batch holds the lock; past it Microsoft.Data.Sqlite's own retries take over.</summary>
    private const int BusyTimeoutMs = 10_000;

    /// <summary>Call on an open connection (the pragma belongs to the connection).</summary>
    public static Task ApplyAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Database.GetDbConnection() is SqliteConnection
            ? db.Database.ExecuteSqlRawAsync($"PRAGMA busy_timeout = {BusyTimeoutMs}", cancellationToken)
            : Task.CompletedTask;
}
