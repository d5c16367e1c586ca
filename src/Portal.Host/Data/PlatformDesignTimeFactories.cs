using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Host.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class PlatformSqliteDesignTimeFactory : IDesignTimeDbContextFactory<PlatformSqliteDbContext>
{
    public PlatformSqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PlatformSqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(PlatformDbContext.HistoryTable)).Options);
}

internal sealed class PlatformPostgresDesignTimeFactory : IDesignTimeDbContextFactory<PlatformPostgresDbContext>
{
    public PlatformPostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PlatformPostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design",
            x => x.MigrationsHistoryTable(PlatformDbContext.HistoryTable, PlatformPostgresDbContext.Schema)).Options);
}
