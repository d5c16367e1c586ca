using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Plans.Data;
using Portal.CallRouting.Plans.Models;

namespace Portal.CallRouting.Tests.Plans;

/// <summary>The store itself, on SQLite with its migrations: a published version cannot be changed even by code that skips the workflow.</summary>
public sealed class RoutingPlansStoreTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RoutingPlansStoreTests() => _connection.Open();

    private RoutingPlansSqliteDbContext NewContext() =>
        new(new DbContextOptionsBuilder<RoutingPlansSqliteDbContext>().UseSqlite(_connection).Options);

    [Fact]
    public async Task A_published_version_cannot_be_changed_or_removed()
    {
        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
            db.Versions.Add(new RoutingPlanVersion
            {
                Number = 1, State = PlanState.Published, DocumentJson = "{}", CreatedBy = "a", CreatedAt = DateTimeOffset.UtcNow,
                EffectiveAt = DateTimeOffset.UtcNow, Sha256 = new string('0', 64), ConcurrencyToken = "t1",
            });
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            var version = await db.Versions.SingleAsync();
            version.DocumentJson = """{"queues":[]}""";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = NewContext())
        {
            db.Versions.Remove(await db.Versions.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            await using var reader = NewContext();
            Assert.Equal("{}", (await reader.Versions.AsNoTracking().SingleAsync()).DocumentJson);
        }
    }

    [Fact]
    public async Task A_change_with_a_stale_concurrency_token_is_refused()
    {
        await using var setup = NewContext();
        await setup.Database.MigrateAsync();
        setup.Versions.Add(new RoutingPlanVersion { Number = 1, State = PlanState.Draft, DocumentJson = "{}", CreatedBy = "a", CreatedAt = DateTimeOffset.UtcNow, ConcurrencyToken = "t1" });
        await setup.SaveChangesAsync();

        await using var first = NewContext();
        await using var second = NewContext();
        var a = await first.Versions.SingleAsync();
        var b = await second.Versions.SingleAsync();
        a.DocumentJson = "{\"a\":1}";
        a.ConcurrencyToken = "t2";
        await first.SaveChangesAsync();
        b.DocumentJson = "{\"b\":1}";
        b.ConcurrencyToken = "t3";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    public void Dispose() => _connection.Dispose();
}
