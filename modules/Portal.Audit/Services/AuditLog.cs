using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Audit.Data;
using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>
/// Appends to the tenant's audit log. Each entry gets the next sequence number and the hash of the entry before it,
/// inside a transaction that also holds the per-tenant write lock, so two writers cannot give the same number or
/// link to the same predecessor. There is deliberately no way to change or remove an entry.
/// </summary>
public sealed class AuditLog(AuditDbContext db, AuditWriteLock writeLock, IHttpContextAccessor httpContextAccessor, TimeProvider clock) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (string.IsNullOrWhiteSpace(entry.Category))
        {
            throw new ArgumentException("An audit entry needs a category.", nameof(entry));
        }

        if (string.IsNullOrWhiteSpace(entry.Action))
        {
            throw new ArgumentException("An audit entry needs an action.", nameof(entry));
        }

        var http = httpContextAccessor.HttpContext;
        var record = new AuditRecord
        {
            Category = Clean(entry.Category, AuditLimits.Category)!,
            Action = Clean(entry.Action, AuditLimits.Action)!,
            Outcome = entry.Outcome.ToString(),
            Actor = Clean(string.IsNullOrWhiteSpace(entry.Actor) ? AuditActor.Of(http) : entry.Actor, AuditLimits.Actor)!,
            RemoteAddress = Clean(entry.RemoteAddress ?? AuditActor.RemoteAddressOf(http), AuditLimits.RemoteAddress),
            Subject = Clean(entry.Subject, AuditLimits.Subject),
            Detail = Clean(entry.Detail, AuditLimits.Detail),
        };

        // The entry must be written even when the request that caused it is being aborted (a refusal, a sign-out).
        await writeLock.Semaphore.WaitAsync(CancellationToken.None);
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                // SQLite: Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE, so the write lock is held before the last
                // entry is read. PostgreSQL: every node takes the tenant's advisory lock first (see AuditChainLock); the
                // primary key on Sequence stays the last guard against a fork.
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                await AuditChainLock.TakeAsync(db, CancellationToken.None);
                var last = await db.Entries.AsNoTracking()
                    .OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash })
                    .FirstOrDefaultAsync(CancellationToken.None);

                record.Sequence = (last?.Sequence ?? 0) + 1;
                record.PreviousHash = last?.Hash ?? AuditHash.Genesis;
                record.Timestamp = AuditHash.Normalise(clock.GetUtcNow().UtcDateTime);
                record.Hash = AuditHash.Compute(record);

                db.Entries.Add(record);
                await db.SaveChangesAsync(CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
            });
        }
        finally
        {
            writeLock.Semaphore.Release();
        }
    }

    private static string? Clean(string? value, int max) => AuditText.Truncate(AuditText.Scrub(value?.Trim()), max);
}
