using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Shell;
using Portal.Contracts.Diagnostics;
using Portal.Contracts.Platform;
using Portal.Host;
using Portal.Host.Data;
using Portal.Host.Messaging;
using Portal.Host.Messaging.Data;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests.Messaging;

/// <summary>
/// The platform outbox on PostgreSQL (schema <c>platform</c>): a tenant change and its event commit or roll back
/// together, and two dispatchers claiming at once never take the same row.
/// </summary>
public sealed class PlatformOutboxOnPostgresTests : IClassFixture<ThrowawayDatabase>, IAsyncLifetime
{
    private readonly PlatformStore _store;
    private readonly PlatformOutbox _outbox;

    public PlatformOutboxOnPostgresTests(ThrowawayDatabase database)
    {
        var options = Options.Create(new PortalOptions
        {
            DataDir = Path.GetTempPath(),
            Database = new PortalOptions.DatabaseOptions { Provider = "Postgres", ConnectionString = database.ConnectionString },
        });
        var locator = new TenantStoreLocator(options, new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
        _store = new PlatformStore(options, locator);
        _outbox = new PlatformOutbox(_store, locator, new OutboxSignal(), TimeProvider.System);
    }

    public async Task InitializeAsync()
    {
        await _store.MigrateAsync(CancellationToken.None);
        await using var db = _outbox.CreateContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_outbox_lives_in_the_platform_schema_with_its_own_history_table()
    {
        await using var db = _outbox.CreateContext();
        Assert.IsType<PlatformOutboxPostgresDbContext>(db);
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT table_schema || '.' || table_name AS \"Value\" FROM information_schema.tables WHERE table_name IN ('OutboxMessages', '__EFMigrationsHistory_PlatformOutbox')")
            .ToListAsync();
        Assert.Contains("platform.OutboxMessages", tables);
        Assert.Contains("platform.__EFMigrationsHistory_PlatformOutbox", tables);
    }

    [Fact]
    public async Task A_tenant_change_and_its_event_commit_together_and_roll_back_together()
    {
        await using (var db = _store.CreateContext())
        {
            db.Tenants.Add(new TenantRecord { Name = "pgcommit", VersionId = "v1", CreatedUtc = DateTimeOffset.UtcNow, UpdatedUtc = DateTimeOffset.UtcNow });
            await _outbox.SaveChangesAsync(db, [new TenantCreated(ShellSettings.DefaultName, "pgcommit", "v1", null)], CancellationToken.None);
        }

        await using (var db = _store.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Tenants.Add(new TenantRecord { Name = "pgrollback", VersionId = "v1", CreatedUtc = DateTimeOffset.UtcNow, UpdatedUtc = DateTimeOffset.UtcNow });
            await _outbox.SaveChangesAsync(db, [new TenantCreated(ShellSettings.DefaultName, "pgrollback", "v1", null)], CancellationToken.None);
            await transaction.RollbackAsync();
        }

        await using var check = _store.CreateContext();
        Assert.True(await check.Tenants.AnyAsync(t => t.Name == "pgcommit"));
        Assert.False(await check.Tenants.AnyAsync(t => t.Name == "pgrollback"));
        await using var outbox = _outbox.CreateContext();
        var bodies = await outbox.Outbox.Select(m => m.Body).ToListAsync();
        Assert.Contains(bodies, b => b.Contains("\"pgcommit\""));
        Assert.DoesNotContain(bodies, b => b.Contains("\"pgrollback\""));
    }

    [Fact]
    public async Task Two_dispatchers_claiming_at_once_never_take_the_same_row()
    {
        const int rows = 600;
        await using (var db = _outbox.CreateContext())
        {
            await db.Outbox.ExecuteDeleteAsync();
            db.Outbox.AddRange(Enumerable.Range(0, rows).Select(i => new OutboxMessage
            {
                Id = Guid.NewGuid(),
                Type = typeof(MessagingProbe).FullName!,
                TenantId = ShellSettings.DefaultName,
                Body = "{}",
                CreatedUnixMs = i,
            }));
            await db.SaveChangesAsync();
        }

        var claimed = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 2), async (_, ct) =>
        {
            while (true)
            {
                await using var db = _outbox.CreateContext();
                var batch = await OutboxStore.ClaimAsync(db, postgres: true, batchSize: 25, TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow, ct);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var row in batch)
                {
                    claimed.Add(row.Id);
                }
            }
        });

        Assert.Equal(rows, claimed.Count);
        Assert.Equal(rows, claimed.Distinct().Count());
    }
}
