using Npgsql;

namespace Portal.Tests.Shared;

/// <summary>
/// Drops a database a test or benchmark run made for itself (linked into each project that makes one). FORCE ends the
/// run's own sessions, but not a backend of another role: an autovacuum worker on the fresh database, or, after an
/// overload, a tenant role's query whose client gave up. Those end by themselves within seconds (42501, or 55006 when
/// the database is still in use), so the drop is tried again for up to half a minute.
/// </summary>
internal static class ThrowawayDatabaseDrop
{
    public static async Task DropAsync(string serverConnectionString, string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(serverConnectionString);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 30 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }
}
