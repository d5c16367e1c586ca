using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Tests.Shared;
using Portal.Abstractions.Data;
using Portal.Publications.Reports.Data;

namespace Portal.Publications.Tests.Support;

/// <summary>
/// The module's PostgreSQL store in a database of its own on the server infra/test.sh starts (PORTAL_TEST_POSTGRES),
/// built by the real migrations and dropped after. Without the server the test fails: it never skips.
/// </summary>
internal sealed class PostgresPublicationsStore : IPublicationsStore
{
    private readonly NpgsqlConnectionStringBuilder server;
    private readonly string database = "portal_pub_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresPublicationsStore(string serverConnectionString)
    {
        server = new NpgsqlConnectionStringBuilder(serverConnectionString);
    }

    private string ConnectionString => new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database, Pooling = false }.ConnectionString;

    /// <param name="migration">The last migration to apply; all of them when null.</param>
    public static async Task<PostgresPublicationsStore> CreateAsync(string? migration = null)
    {
        var serverConnectionString = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("PORTAL_TEST_POSTGRES is not set: run the tests with ./infra/test.sh, which starts the servers.");
        var store = new PostgresPublicationsStore(serverConnectionString);
        await store.ExecuteOnServerAsync($"CREATE DATABASE \"{store.database}\"");
        await using var db = store.NewContext();
        await db.Database.MigrateAsync(migration);
        return store;
    }

    public PublicationsDbContext NewContext() => new PublicationsPostgresDbContext(new DbContextOptionsBuilder<PublicationsPostgresDbContext>()
        .UseNpgsql(ConnectionString, x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(PublicationsDbContext.Module)))
        .Options);

    public async ValueTask DisposeAsync() => await ThrowawayDatabaseDrop.DropAsync(server.ConnectionString, database);

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
