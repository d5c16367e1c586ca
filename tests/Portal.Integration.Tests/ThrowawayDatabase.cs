using Npgsql;

namespace Portal.Integration.Tests;

/// <summary>A PostgreSQL database of its own for one test, created by the provisioning role and dropped after.</summary>
public sealed class ThrowawayDatabase : IAsyncLifetime
{
    private readonly NpgsqlConnectionStringBuilder _server = new(TestServers.Postgres);

    public string Name { get; } = "portal_it_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = Name, Pooling = false }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
