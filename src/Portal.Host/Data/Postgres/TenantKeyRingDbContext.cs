using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Data;

namespace Portal.Host.Data.Postgres;

/// <summary>
/// A tenant's own Data Protection key ring, in the tenant's schema on PostgreSQL, so that every node reads the
/// same keys (cookies and antiforgery tokens from node 1 are accepted by node 2). Host-owned; migrated on
/// activation like a module's context. No schema in the model: the tenant role's search_path picks its schema.
/// </summary>
public sealed class TenantKeyRingDbContext(DbContextOptions<TenantKeyRingDbContext> options) : DbContext(options)
{
    public const string Module = "KeyRing";

    public static readonly string HistoryTable = MigrationsHistory.TableFor(Module);

    public DbSet<DataProtectionKeyRow> Keys => Set<DataProtectionKeyRow>();

    public static DbContextOptions<TenantKeyRingDbContext> OptionsFor(string connectionString) =>
        new DbContextOptionsBuilder<TenantKeyRingDbContext>()
            .UseNpgsql(connectionString, x => x.MigrationsHistoryTable(HistoryTable))
            .Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder) => DataProtectionKeyRow.Map(modelBuilder);
}
