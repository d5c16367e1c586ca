using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Data;

namespace Portal.Audit.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class AuditSqliteDesignTimeFactory : IDesignTimeDbContextFactory<AuditSqliteDbContext>
{
    public AuditSqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<AuditSqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(AuditDbContext.Module))).Options);
}

internal sealed class AuditPostgresDesignTimeFactory : IDesignTimeDbContextFactory<AuditPostgresDbContext>
{
    public AuditPostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<AuditPostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(AuditDbContext.Module))).Options);
}
