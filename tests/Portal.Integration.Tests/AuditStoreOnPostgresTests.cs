using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Data;
using Portal.Audit.Data;
using Portal.Audit.Services;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>
/// The audit chain on PostgreSQL: its migration applies, timestamps come back exactly as they were hashed
/// (microseconds), parallel writers of one node or of several (each its own in-process lock) leave one chain, and a
/// changed entry is found.
/// </summary>
public sealed class AuditStoreOnPostgresTests(ThrowawayDatabase database) : IClassFixture<ThrowawayDatabase>
{
    private readonly AuditWriteLock _lock = new();

    private AuditPostgresDbContext NewContext() => new(new DbContextOptionsBuilder<AuditPostgresDbContext>()
        .UseNpgsql(database.ConnectionString, x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(AuditDbContext.Module))).Options);

    [Fact]
    public async Task The_chain_round_trips_survives_parallel_writers_and_shows_tampering()
    {
        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            await using var db = NewContext();
            // Half the writers share this process's lock; the others stand for other nodes, each with its own.
            var writeLock = i % 2 == 0 ? _lock : new AuditWriteLock();
            await new AuditLog(db, writeLock, new HttpContextAccessor(), TimeProvider.System)
                .WriteAsync(new AuditEntry(AuditCategories.Accounts, "parallel", AuditOutcome.Success, "writer-" + i, $"Detail {i} ✓ é"));
        })));

        await using (var db = NewContext())
        {
            var result = await new AuditVerifier(db).VerifyAsync();
            Assert.True(result.Intact, result.Summary);
            Assert.Equal(30, result.Checked);
            Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), await db.Entries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync());

            var found = await new AuditSearch(db).PageAsync(new AuditFilter(From: DateTime.UtcNow.AddMinutes(-5), Outcome: AuditOutcome.Success, Text: "DETAIL 7 "), default);
            Assert.Equal(["writer-7"], found.Entries.Select(e => e.Subject));

            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'nothing' WHERE \"Sequence\" = 12");
            var broken = await new AuditVerifier(db).VerifyAsync();
            Assert.Equal(12, broken.BrokenAt);
        }
    }
}
