using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Portal.Abstractions.Data;
using Portal.Audit.Data;

namespace Portal.Audit.Tests.Unit;

/// <summary>Both providers have migrations for the whole model, recorded in the module's own history table.</summary>
public sealed class AuditMigrationsTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_model_change_has_a_migration(string provider)
    {
        using DbContext context = provider == "Sqlite"
            ? ((IDesignTimeDbContextFactory<AuditSqliteDbContext>)new AuditSqliteDesignTimeFactory()).CreateDbContext([])
            : ((IDesignTimeDbContextFactory<AuditPostgresDbContext>)new AuditPostgresDesignTimeFactory()).CreateDbContext([]);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges());
        Assert.Contains(MigrationsHistory.TableFor("Audit"), context.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().GetCreateScript());
    }
}
