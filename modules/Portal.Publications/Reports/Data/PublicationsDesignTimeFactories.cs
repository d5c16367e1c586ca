using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Data;

namespace Portal.Publications.Reports.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class PublicationsSqliteDesignTimeFactory : IDesignTimeDbContextFactory<PublicationsSqliteDbContext>
{
    public PublicationsSqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PublicationsSqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(PublicationsDbContext.Module))).Options);
}

internal sealed class PublicationsPostgresDesignTimeFactory : IDesignTimeDbContextFactory<PublicationsPostgresDbContext>
{
    public PublicationsPostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PublicationsPostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(PublicationsDbContext.Module))).Options);
}
