using Microsoft.EntityFrameworkCore;

namespace Portal.Audit.Services;

/// <summary>
/// On PostgreSQL several nodes append to the same tenant's chain. Without a lock shared by the nodes, two of them
/// read the same last entry and the second insert fails on the primary key (the entry, and the request that wrote
/// it, would be lost). A transaction-scoped advisory lock keyed by the tenant's schema makes them take turns; it is
/// released by the commit or rollback. SQLite needs none: its transactions already start with the write lock.
/// </summary>
internal static class AuditChainLock
{
    // The first key (0x41554454, "AUDT") names the purpose, so the lock never collides with other advisory locks.
    private const string LockSql = "SELECT pg_advisory_xact_lock(1096107092, hashtext(current_schema()))";

    public static async Task TakeAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(LockSql, cancellationToken);
        }
    }
}
