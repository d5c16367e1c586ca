using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Data;

namespace Portal.Publications.Sensitive.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class SensitiveSqliteDesignTimeFactory : IDesignTimeDbContextFactory<SensitiveSqliteDbContext>
{
    public SensitiveSqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SensitiveSqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(SensitiveDbContext.Module))).Options);
}

internal sealed class SensitivePostgresDesignTimeFactory : IDesignTimeDbContextFactory<SensitivePostgresDbContext>
{
    public SensitivePostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SensitivePostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(SensitiveDbContext.Module))).Options);
}
