using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Data;

namespace Portal.CallRouting.Contingency.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class ContingencySqliteDesignTimeFactory : IDesignTimeDbContextFactory<ContingencySqliteDbContext>
{
    public ContingencySqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ContingencySqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(ContingencyDbContext.Module))).Options);
}

internal sealed class ContingencyPostgresDesignTimeFactory : IDesignTimeDbContextFactory<ContingencyPostgresDbContext>
{
    public ContingencyPostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ContingencyPostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(ContingencyDbContext.Module))).Options);
}
