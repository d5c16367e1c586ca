using Npgsql;
using Portal.Tests.Shared;

namespace Portal.Benchmarks.Stores;

/// <summary>
/// A PostgreSQL database of the benchmark's own on the server of <c>Portal__Database__ConnectionString</c>
/// (exported by <c>infra/bench.sh --with-services</c>), with its own tenant-role prefix; dropped afterwards with
/// the roles the portal created in it (roles are cluster-wide).
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const string ServerVariable = "Portal__Database__ConnectionString";

    private readonly string _server;
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];

    private BenchDatabase(string server) => _server = server;

    public string Name => "portal_bench_" + _id;

    public string RolePrefix => "bench" + _id + "_";

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = Name }.ConnectionString;

    public static async Task<BenchDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set: run `infra/bench.sh --with-services stores`, which starts PostgreSQL and exports it.");
        }

        var database = new BenchDatabase(server);
        await database.ExecuteAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ThrowawayDatabaseDrop.DropAsync(_server, Name);
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        var roles = new List<string>();
        await using (var find = new NpgsqlCommand("SELECT rolname FROM pg_roles WHERE starts_with(rolname, @prefix)", connection))
        {
            find.Parameters.AddWithValue("prefix", RolePrefix);
            await using var reader = await find.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                roles.Add(reader.GetString(0));
            }
        }

        foreach (var role in roles)
        {
            await using var drop = new NpgsqlCommand($"DROP ROLE IF EXISTS \"{role}\"", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
