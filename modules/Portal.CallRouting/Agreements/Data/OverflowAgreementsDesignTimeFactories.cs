using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Data;

namespace Portal.CallRouting.Agreements.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class OverflowAgreementsSqliteDesignTimeFactory : IDesignTimeDbContextFactory<OverflowAgreementsSqliteDbContext>
{
    public OverflowAgreementsSqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<OverflowAgreementsSqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(OverflowAgreementsDbContext.Module))).Options);
}

internal sealed class OverflowAgreementsPostgresDesignTimeFactory : IDesignTimeDbContextFactory<OverflowAgreementsPostgresDbContext>
{
    public OverflowAgreementsPostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<OverflowAgreementsPostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(OverflowAgreementsDbContext.Module))).Options);
}
