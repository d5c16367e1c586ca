using Npgsql;
using Portal.Tests.Shared;

namespace Portal.Integration.Tests.Support;

/// <summary>
/// A PostgreSQL database of its own for one test, created by the provisioning role and dropped after, with the
/// tenant roles the portal created in it: roles are cluster-wide, so each database's portal names them with its
/// own <see cref="RolePrefix"/> (Portal:Database:TenantRolePrefix) and they are dropped with it.
/// </summary>
public sealed class ThrowawayDatabase : IAsyncLifetime
{
    private readonly NpgsqlConnectionStringBuilder _server = new(TestServers.Postgres);
    private readonly string _id = Guid.NewGuid().ToString("N")[..12];

    public ThrowawayDatabase()
    {
        Name = "portal_it_" + _id;
        RolePrefix = "it" + _id + "_";
    }

    public string Name { get; }

    public string RolePrefix { get; }

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
        await ThrowawayDatabaseDrop.DropAsync(_server.ConnectionString, Name);
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();

        // With the database gone, the roles own nothing and hold no privileges: they can be dropped.
        foreach (var role in await RolesAsync(connection))
        {
            await using var dropRole = new NpgsqlCommand($"DROP ROLE IF EXISTS \"{role}\"", connection);
            await dropRole.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The roles of this database's tenants that exist now.</summary>
    public async Task<IReadOnlyList<string>> RolesAsync()
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        return await RolesAsync(connection);
    }

    private async Task<IReadOnlyList<string>> RolesAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT rolname FROM pg_roles WHERE starts_with(rolname, @prefix) ORDER BY rolname", connection);
        command.Parameters.AddWithValue("prefix", RolePrefix);
        var roles = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            roles.Add(reader.GetString(0));
        }

        return roles;
    }
}
