using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;
using Portal.Abstractions.Shell;

namespace Portal.Host.Messaging.Data;

/// <summary>
/// Builds the messaging contexts, either on a connection string or on a connection some other context already
/// opened (to share its transaction). Options hold plain values only, so EF Core keeps one internal provider.
/// </summary>
public static class MessagingContexts
{
    public static readonly string TenantHistoryTable = MigrationsHistory.TableFor(TenantMessagingDbContext.Module);

    public static TenantMessagingDbContext ForTenant(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Postgres
        ? new TenantMessagingPostgresDbContext(new DbContextOptionsBuilder<TenantMessagingPostgresDbContext>()
            .UseNpgsql(connectionString, x => x.MigrationsHistoryTable(TenantHistoryTable)).Options)
        : new TenantMessagingSqliteDbContext(new DbContextOptionsBuilder<TenantMessagingSqliteDbContext>()
            .UseSqlite(connectionString, x => x.MigrationsHistoryTable(TenantHistoryTable)).AddInterceptors(SqliteConnectionSetup.Instance).Options);

    public static TenantMessagingDbContext ForTenant(DatabaseProvider provider, DbConnection connection) => provider == DatabaseProvider.Postgres
        ? new TenantMessagingPostgresDbContext(new DbContextOptionsBuilder<TenantMessagingPostgresDbContext>()
            .UseNpgsql(connection, x => x.MigrationsHistoryTable(TenantHistoryTable)).Options)
        : new TenantMessagingSqliteDbContext(new DbContextOptionsBuilder<TenantMessagingSqliteDbContext>()
            .UseSqlite(connection, x => x.MigrationsHistoryTable(TenantHistoryTable)).AddInterceptors(SqliteConnectionSetup.Instance).Options);

    public static PlatformOutboxDbContext ForPlatform(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Postgres
        ? new PlatformOutboxPostgresDbContext(new DbContextOptionsBuilder<PlatformOutboxPostgresDbContext>()
            .UseNpgsql(connectionString, x => x.MigrationsHistoryTable(PlatformOutboxDbContext.HistoryTable, PlatformOutboxPostgresDbContext.Schema)).Options)
        : new PlatformOutboxSqliteDbContext(new DbContextOptionsBuilder<PlatformOutboxSqliteDbContext>()
            .UseSqlite(connectionString, x => x.MigrationsHistoryTable(PlatformOutboxDbContext.HistoryTable)).AddInterceptors(SqliteConnectionSetup.Instance).Options);

    public static PlatformOutboxDbContext ForPlatform(DatabaseProvider provider, DbConnection connection) => provider == DatabaseProvider.Postgres
        ? new PlatformOutboxPostgresDbContext(new DbContextOptionsBuilder<PlatformOutboxPostgresDbContext>()
            .UseNpgsql(connection, x => x.MigrationsHistoryTable(PlatformOutboxDbContext.HistoryTable, PlatformOutboxPostgresDbContext.Schema)).Options)
        : new PlatformOutboxSqliteDbContext(new DbContextOptionsBuilder<PlatformOutboxSqliteDbContext>()
            .UseSqlite(connection, x => x.MigrationsHistoryTable(PlatformOutboxDbContext.HistoryTable)).AddInterceptors(SqliteConnectionSetup.Instance).Options);
}
