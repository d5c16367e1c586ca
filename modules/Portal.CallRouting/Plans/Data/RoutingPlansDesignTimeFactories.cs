using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Data;

namespace Portal.CallRouting.Plans.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class RoutingPlansSqliteDesignTimeFactory : IDesignTimeDbContextFactory<RoutingPlansSqliteDbContext>
{
    public RoutingPlansSqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<RoutingPlansSqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(RoutingPlansDbContext.Module))).Options);
}

internal sealed class RoutingPlansPostgresDesignTimeFactory : IDesignTimeDbContextFactory<RoutingPlansPostgresDbContext>
{
    public RoutingPlansPostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<RoutingPlansPostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(RoutingPlansDbContext.Module))).Options);
}
