using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Shell;

namespace Portal.Host.Messaging.Data;

// Used only by `dotnet ef migrations add` (and the migrations-in-sync test); no connection is opened.
internal sealed class TenantMessagingSqliteDesignTimeFactory : IDesignTimeDbContextFactory<TenantMessagingSqliteDbContext>
{
    public TenantMessagingSqliteDbContext CreateDbContext(string[] args) =>
        (TenantMessagingSqliteDbContext)MessagingContexts.ForTenant(DatabaseProvider.Sqlite, "Data Source=design.db");
}

internal sealed class TenantMessagingPostgresDesignTimeFactory : IDesignTimeDbContextFactory<TenantMessagingPostgresDbContext>
{
    public TenantMessagingPostgresDbContext CreateDbContext(string[] args) =>
        (TenantMessagingPostgresDbContext)MessagingContexts.ForTenant(DatabaseProvider.Postgres, "Host=localhost;Database=design");
}

internal sealed class PlatformOutboxSqliteDesignTimeFactory : IDesignTimeDbContextFactory<PlatformOutboxSqliteDbContext>
{
    public PlatformOutboxSqliteDbContext CreateDbContext(string[] args) =>
        (PlatformOutboxSqliteDbContext)MessagingContexts.ForPlatform(DatabaseProvider.Sqlite, "Data Source=design.db");
}

internal sealed class PlatformOutboxPostgresDesignTimeFactory : IDesignTimeDbContextFactory<PlatformOutboxPostgresDbContext>
{
    public PlatformOutboxPostgresDbContext CreateDbContext(string[] args) =>
        (PlatformOutboxPostgresDbContext)MessagingContexts.ForPlatform(DatabaseProvider.Postgres, "Host=localhost;Database=design");
}
