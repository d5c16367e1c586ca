using System.Diagnostics;
using Npgsql;

namespace Portal.Integration.Tests.Support;

/// <summary>
/// A PostgreSQL 15 cluster of this test alone (initdb in a temp folder, own port on 127.0.0.1, own socket folder),
/// so the test can stop it and start it again without touching the shared server other tests use. As root the
/// server programs run as the <c>postgres</c> OS user (PostgreSQL refuses to run as root). It has a login role
/// with CREATEROLE CREATEDB and a database owned by it, as infra/services.sh makes on the shared server.
/// </summary>
public sealed class PrivatePostgresServer : IAsyncDisposable
{
    private const string BinDir = "/usr/lib/postgresql/15/bin";
    private const string Role = "portal_private";
    public const string Password = "private-test-only";
    private const string DatabaseName = "portal_private";

    private readonly string _dir = Directory.CreateTempSubdirectory("portal-it-pg-").FullName;

    private PrivatePostgresServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The provisioning connection for the portal (pooled, as in production).</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Database = DatabaseName, Username = Role, Password = Password,
    }.ConnectionString;

    private string DataDir => Path.Combine(_dir, "data");

    private static bool IsRoot => Environment.UserName == "root";

    public static async Task<PrivatePostgresServer> StartAsync()
    {
        if (!File.Exists(Path.Combine(BinDir, "pg_ctl")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 server programs are not in {BinDir} (infra/services.sh installs them).");
        }

        var server = new PrivatePostgresServer(FreePort.Next());
        try
        {
            if (IsRoot)
            {
                await RunAsync("chown", "postgres:postgres", server._dir);
            }

            await server.RunServerProgramAsync("initdb", "-D", server.DataDir, "-U", "postgres", "--auth=trust", "--no-sync");
            await server.StartAgainAsync();
            await server.CreateRoleAndDatabaseAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public Task StartAgainAsync() =>
        RunServerProgramAsync("pg_ctl", "-D", DataDir, "-l", Path.Combine(_dir, "server.log"), "-w", "-t", "30",
            "-o", $"-p {Port} -k {_dir} -c listen_addresses=127.0.0.1", "start");

    /// <summary>Stops at once: connections are cut without a goodbye, as when the server dies.</summary>
    public Task StopImmediatelyAsync() => RunServerProgramAsync("pg_ctl", "-D", DataDir, "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (File.Exists(Path.Combine(DataDir, "postmaster.pid")))
            {
                await StopImmediatelyAsync();
            }
        }
        finally
        {
            try
            {
                Directory.Delete(_dir, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private async Task CreateRoleAndDatabaseAsync()
    {
        var superuser = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Database = "postgres", Username = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(superuser.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[]
        {
            $"CREATE ROLE {Role} LOGIN CREATEROLE CREATEDB PASSWORD '{Password}'",
            $"CREATE DATABASE {DatabaseName} OWNER {Role}",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private Task RunServerProgramAsync(string program, params string[] arguments)
    {
        var path = Path.Combine(BinDir, program);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}
