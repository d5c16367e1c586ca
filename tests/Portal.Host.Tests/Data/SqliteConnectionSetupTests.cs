using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Data;
using Portal.Abstractions.Shell;
using Portal.Host.Data;
using Portal.Host.Messaging.Data;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Data;

/// <summary>
/// Every SQLite store (platform and tenants) runs in write-ahead-log mode, and every connection the portal's contexts
/// open waits for a busy lock through SQLite's own busy timeout (see <see cref="SqliteConnectionSetup"/>).
/// </summary>
public sealed class SqliteConnectionSetupTests
{
    [Fact]
    public async Task The_platform_store_and_a_tenant_store_are_in_wal_mode()
    {
        using var factory = new PortalFactory();
        var tenant = await factory.EnsureTenantAsync("met");
        await factory.ShellOfAsync("met");

        // Read with a bare connection that sets nothing itself: WAL is a property of the file once set.
        Assert.Equal("wal", JournalModeOfFile(Path.Combine(factory.DataDir, "platform.db")));
        var tenantStore = factory.Services.GetRequiredService<TenantStoreLocator>().DatabaseFor(tenant);
        Assert.Equal("wal", JournalModeOfFile(new SqliteConnectionStringBuilder(tenantStore.ConnectionString).DataSource));
    }

    [Fact]
    public async Task Every_context_of_a_tenant_and_the_platform_opens_with_the_busy_timeout()
    {
        using var factory = new PortalFactory();
        await factory.EnsureTenantAsync("met");
        var shell = await factory.ShellOfAsync("met");

        await using var scope = shell.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetServices<TenantDbContextRegistration>()
            .Select(r => (DbContext)scope.ServiceProvider.GetRequiredService(r.ContextType)).ToList();
        Assert.NotEmpty(contexts);
        var database = shell.Services.GetRequiredService<TenantDatabase>();
        contexts.Add(MessagingContexts.ForTenant(database.Provider, database.ConnectionString));
        contexts.Add(factory.Services.GetRequiredService<PlatformStore>().CreateContext());
        contexts.Add(factory.Services.GetRequiredService<Portal.Host.Messaging.PlatformOutbox>().CreateContext());

        foreach (var context in contexts)
        {
            await using (context)
            {
                Assert.Equal((SqliteConnectionSetup.BusyTimeoutMilliseconds, "wal"), await PragmasAsync(context));
            }
        }
    }

    [Fact]
    public async Task A_pooled_connection_keeps_its_settings_when_it_is_opened_again()
    {
        var folder = Directory.CreateTempSubdirectory("portal-sqlite-setup-");
        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "store.db") }.ToString();
            await using (var first = MessagingContexts.ForTenant(DatabaseProvider.Sqlite, connectionString))
            {
                Assert.Equal((SqliteConnectionSetup.BusyTimeoutMilliseconds, "wal"), await PragmasAsync(first));
            }

            // The same physical connection comes back from the pool, already set up: the settings are still there.
            await using var again = MessagingContexts.ForTenant(DatabaseProvider.Sqlite, connectionString);
            Assert.Equal((SqliteConnectionSetup.BusyTimeoutMilliseconds, "wal"), await PragmasAsync(again));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(long BusyTimeout, string JournalMode)> PragmasAsync(DbContext context)
    {
        await context.Database.OpenConnectionAsync();
        try
        {
            var connection = context.Database.GetDbConnection();
            return ((long)(await ScalarAsync(connection, "PRAGMA busy_timeout"))!, (string)(await ScalarAsync(connection, "PRAGMA journal_mode"))!);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static async Task<object?> ScalarAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static string JournalModeOfFile(string path)
    {
        Assert.True(File.Exists(path), $"No store at {path}.");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }
}
