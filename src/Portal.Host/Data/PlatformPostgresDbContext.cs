using Microsoft.EntityFrameworkCore;
using Portal.Host.Data.Postgres;

namespace Portal.Host.Data;

/// <summary>
/// The platform store on PostgreSQL, in its own schema <see cref="Schema"/> (no tenant role has any right on it).
/// Only here: the tenants' protected database passwords and the host's key ring, which SQLite keeps elsewhere
/// (no passwords; key files under the data directory).
/// </summary>
public sealed class PlatformPostgresDbContext(DbContextOptions<PlatformPostgresDbContext> options) : PlatformDbContext(options)
{
    public const string Schema = "platform";

    public DbSet<TenantDatabaseSecret> TenantDatabaseSecrets => Set<TenantDatabaseSecret>();

    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);

        var secret = modelBuilder.Entity<TenantDatabaseSecret>();
        secret.ToTable("TenantDatabaseSecrets");
        secret.HasKey(s => s.TenantName);
        secret.Property(s => s.TenantName).HasMaxLength(30);
        secret.Property(s => s.RoleName).HasMaxLength(63);
        secret.Property(s => s.SchemaName).HasMaxLength(63);
        secret.Property(s => s.ProtectedPassword).HasMaxLength(1000);

        DataProtectionKeyRow.Map(modelBuilder);
    }
}
