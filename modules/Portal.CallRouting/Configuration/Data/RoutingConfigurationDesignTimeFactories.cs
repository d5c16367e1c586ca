using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Data;

namespace Portal.CallRouting.Configuration.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class RoutingConfigurationSqliteDesignTimeFactory : IDesignTimeDbContextFactory<RoutingConfigurationSqliteDbContext>
{
    public RoutingConfigurationSqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<RoutingConfigurationSqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(RoutingConfigurationDbContext.Module))).Options);
}

internal sealed class RoutingConfigurationPostgresDesignTimeFactory : IDesignTimeDbContextFactory<RoutingConfigurationPostgresDbContext>
{
    public RoutingConfigurationPostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<RoutingConfigurationPostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(RoutingConfigurationDbContext.Module))).Options);
}
