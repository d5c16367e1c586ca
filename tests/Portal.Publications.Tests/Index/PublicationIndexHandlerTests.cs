using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Messaging;
using Portal.Contracts.Publications;
using Portal.Publications.Index.Data;
using Portal.Publications.Index.Events;

namespace Portal.Publications.Tests.Index;

/// <summary>The index handler on its real SQLite migrations: events that overtake each other, and redeliveries, leave the right entry.</summary>
public sealed class PublicationIndexHandlerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await connection.DisposeAsync();

    [Fact]
    public async Task An_older_version_arriving_late_does_not_replace_a_newer_one()
    {
        await HandleAsync(Published(2, "Second title"));
        await HandleAsync(Published(1, "First title"));
        await HandleAsync(Published(2, "Second title"));

        var entry = await SingleAsync();
        Assert.Equal(2, entry.Version);
        Assert.Equal("Second title", entry.Title);
        Assert.Contains("second title", entry.SearchText);
    }

    [Fact]
    public async Task A_withdrawal_stands_even_when_the_publication_arrives_after_it()
    {
        await HandleAsync(new PublicationWithdrawn("met", "met", "Default", "MET-1", "Title", "Superseded.", Now.AddHours(1)));
        await HandleAsync(Published(1, "Title"));

        var entry = await SingleAsync();
        Assert.True(entry.IsWithdrawn);
        Assert.Equal("Superseded.", entry.WithdrawalReason);
        Assert.Equal(1, entry.Version);
        Assert.Equal("", entry.SearchText);
        Assert.Equal(Now.AddHours(1).ToUnixTimeMilliseconds(), entry.UpdatedUnixMs);
    }

    [Fact]
    public async Task The_same_report_of_two_forces_is_two_entries()
    {
        await HandleAsync(Published(1, "Title"));
        await HandleAsync(Published(1, "Title") with { TenantId = "city", SourceTenant = "city" });

        await using var db = NewContext();
        Assert.Equal(["city", "met"], await db.Publications.Select(p => p.Tenant).OrderBy(t => t).ToListAsync());
    }

    private static PublicationPublished Published(int version, string title) =>
        new("met", "met", "Default", "MET-1", title, "Summary", "Commissioner", new DateOnly(2026, 1, 2), ["Estates"], version, $"Version {version}.", Now.AddMinutes(version));

    private async Task HandleAsync(PublicationPublished message)
    {
        await using var db = NewContext();
        await new PublicationIndexHandler(db).HandleAsync(message, new DirectContext(), CancellationToken.None);
    }

    private async Task HandleAsync(PublicationWithdrawn message)
    {
        await using var db = NewContext();
        await new PublicationIndexHandler(db).HandleAsync(message, new DirectContext(), CancellationToken.None);
    }

    private async Task<IndexedPublication> SingleAsync()
    {
        await using var db = NewContext();
        return await db.Publications.SingleAsync();
    }

    private PublicationIndexDbContext NewContext() => new PublicationIndexSqliteDbContext(new DbContextOptionsBuilder<PublicationIndexSqliteDbContext>()
        .UseSqlite(connection, x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(PublicationIndexDbContext.Module)))
        .Options);

    /// <summary>No inbox here: the handler's context saves on its own connection.</summary>
    private sealed class DirectContext : IntegrationEventContext
    {
        public override Guid MessageId { get; } = Guid.NewGuid();

        public override string Tenant => "Default";

        public override Task EnlistAsync(DbContext moduleContext, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public override void AfterCommit(Func<CancellationToken, Task> action)
        {
        }
    }
}
