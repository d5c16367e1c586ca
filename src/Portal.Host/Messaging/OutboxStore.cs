using Microsoft.EntityFrameworkCore;
using Portal.Host.Messaging.Data;

namespace Portal.Host.Messaging;

/// <summary>
/// Claims, completes and releases outbox rows. A claim is one UPDATE that stamps a token and a lease on the
/// oldest unclaimed (or expired) rows; on PostgreSQL the rows are taken with <c>FOR UPDATE SKIP LOCKED</c>, so two
/// nodes sweeping the same store never claim the same row. SQLite serialises writers, which gives the same.
/// </summary>
internal static class OutboxStore
{
    public static async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(MessagingDbContext db, bool postgres, int batchSize, TimeSpan lease,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A read first: an idle store (the usual case) is not written to at all, so the sweep takes no write lock.
        var nowMs = now.ToUnixTimeMilliseconds();
        if (!await db.Outbox.AnyAsync(m => m.LockedUntilUnixMs == null || m.LockedUntilUnixMs < nowMs, cancellationToken))
        {
            return [];
        }

        var token = Guid.NewGuid().ToString("N");
        var table = QuotedTable(db);
        var untilMs = (now + lease).ToUnixTimeMilliseconds();
        var skipLocked = postgres ? " FOR UPDATE SKIP LOCKED" : "";
        // Identifiers come from the model (constants), values are parameters.
        var sql = $$"""
            UPDATE {{table}} SET "LockToken" = {0}, "LockedUntilUnixMs" = {1}, "Attempts" = "Attempts" + 1
            WHERE "Id" IN (SELECT "Id" FROM {{table}} WHERE "LockedUntilUnixMs" IS NULL OR "LockedUntilUnixMs" < {2}
                           ORDER BY "CreatedUnixMs" LIMIT {3}{{skipLocked}})
            """;
        var claimed = await db.Database.ExecuteSqlRawAsync(sql, [token, untilMs, nowMs, batchSize], cancellationToken);
        if (claimed == 0)
        {
            return [];
        }

        return await db.Outbox.AsNoTracking().Where(m => m.LockToken == token).OrderBy(m => m.CreatedUnixMs).ToListAsync(cancellationToken);
    }

    /// <summary>Deletes the rows the broker confirmed: an empty outbox means everything was published.</summary>
    public static Task<int> CompleteAsync(MessagingDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? Task.FromResult(0) : db.Outbox.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Keeps the rows that were not confirmed, retried once <paramref name="retryAt"/> passed.</summary>
    public static Task<int> PostponeAsync(MessagingDbContext db, IReadOnlyCollection<Guid> ids, DateTimeOffset retryAt, string error,
        CancellationToken cancellationToken)
    {
        var untilMs = retryAt.ToUnixTimeMilliseconds();
        var reason = error.Length > 1000 ? error[..1000] : error;
        return ids.Count == 0 ? Task.FromResult(0) : db.Outbox.Where(m => ids.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntilUnixMs, untilMs).SetProperty(m => m.LastError, reason), cancellationToken);
    }

    private static string QuotedTable(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(OutboxMessage))!;
        var schema = entity.GetSchema();
        var table = $"\"{entity.GetTableName()}\"";
        return schema is null ? table : $"\"{schema}\".{table}";
    }
}
