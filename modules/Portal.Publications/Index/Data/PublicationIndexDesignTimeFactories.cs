using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Data;

namespace Portal.Publications.Index.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class PublicationIndexSqliteDesignTimeFactory : IDesignTimeDbContextFactory<PublicationIndexSqliteDbContext>
{
    public PublicationIndexSqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PublicationIndexSqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(PublicationIndexDbContext.Module))).Options);
}

internal sealed class PublicationIndexPostgresDesignTimeFactory : IDesignTimeDbContextFactory<PublicationIndexPostgresDbContext>
{
    public PublicationIndexPostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PublicationIndexPostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(PublicationIndexDbContext.Module))).Options);
}
