using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Data;

namespace Portal.OpenId.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class OpenIdSqliteDesignTimeFactory : IDesignTimeDbContextFactory<OpenIdSqliteDbContext>
{
    public OpenIdSqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<OpenIdSqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(OpenIdDbContext.Module))).Options);
}

internal sealed class OpenIdPostgresDesignTimeFactory : IDesignTimeDbContextFactory<OpenIdPostgresDbContext>
{
    public OpenIdPostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<OpenIdPostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(OpenIdDbContext.Module))).Options);
}
