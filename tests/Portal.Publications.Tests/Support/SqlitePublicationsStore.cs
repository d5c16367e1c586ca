using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Publications.Reports.Data;
using Portal.Publications.Reports.Domain;
using Portal.Publications.Reports.Services;

namespace Portal.Publications.Tests.Support;

/// <summary>
/// The module's SQLite store on a private in-memory database, built by the real migrations: for tests of the read
/// interfaces without a host. Each <see cref="NewContext"/> is a fresh unit of work on the same database.
/// </summary>
internal sealed class SqlitePublicationsStore : IPublicationsStore
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    private SqlitePublicationsStore()
    {
    }

    /// <param name="migration">The last migration to apply; all of them when null.</param>
    public static async Task<SqlitePublicationsStore> CreateAsync(string? migration = null)
    {
        var store = new SqlitePublicationsStore();
        await store.connection.OpenAsync();
        await using var db = store.NewContext();
        await db.Database.MigrateAsync(migration);
        return store;
    }

    public PublicationsDbContext NewContext() => new PublicationsSqliteDbContext(new DbContextOptionsBuilder<PublicationsSqliteDbContext>()
        .UseSqlite(connection, x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(PublicationsDbContext.Module)))
        .Options);

    /// <summary>Stores <paramref name="report"/> (approved) and publishes it as its next version, as the workflow does.</summary>
    public async Task PublishAsync(DecisionReport report, string? changeNote = null)
    {
        await using var db = NewContext();
        if (!await db.Reports.AnyAsync(r => r.Id == report.Id))
        {
            db.Reports.Add(report);
        }
        else
        {
            db.Reports.Update(report);
        }

        var publisher = new WorkflowActor("publisher-1", "Pat Publisher");
        var outcome = ReportWorkflow.Publish(report, publisher, changeNote, SampleReports.Now);
        Assert.True(outcome.Succeeded, outcome.Message);
        await new PublicationRecorder(db).RecordPublicationAsync(report, ReportWorkflow.ChangeNoteFor(changeNote), publisher, SampleReports.Now, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
