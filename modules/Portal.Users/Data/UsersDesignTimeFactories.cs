using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Abstractions.Data;

namespace Portal.Users.Data;

// Used only by `dotnet ef migrations add`; no connection is opened, so the connection strings are placeholders.
internal sealed class UsersSqliteDesignTimeFactory : IDesignTimeDbContextFactory<UsersSqliteDbContext>
{
    public UsersSqliteDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<UsersSqliteDbContext>()
        .UseSqlite("Data Source=design.db", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(UsersDbContext.Module))).Options);
}

internal sealed class UsersPostgresDesignTimeFactory : IDesignTimeDbContextFactory<UsersPostgresDbContext>
{
    public UsersPostgresDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<UsersPostgresDbContext>()
        .UseNpgsql("Host=localhost;Database=design", x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(UsersDbContext.Module))).Options);
}
