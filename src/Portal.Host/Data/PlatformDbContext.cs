using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Data;

/// <summary>The platform store: the tenants every node shares. Provider subclasses carry their own migrations.</summary>
public abstract class PlatformDbContext(DbContextOptions options) : DbContext(options)
{
    public const string HistoryTable = "__EFMigrationsHistory_Platform";

    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<TenantRecord>();
        tenant.ToTable("Tenants");
        tenant.HasKey(t => t.Name);
        tenant.Property(t => t.Name).HasMaxLength(30);
        tenant.Property(t => t.DisplayName).HasMaxLength(200);
        tenant.Property(t => t.UrlPrefix).HasMaxLength(30);
        tenant.HasIndex(t => t.UrlPrefix).IsUnique();
        tenant.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        tenant.Property(t => t.Theme).HasMaxLength(100);
        tenant.Property(t => t.SetupRecipe).HasMaxLength(100);
        tenant.Property(t => t.VersionId).HasMaxLength(32).IsConcurrencyToken();
        tenant.PrimitiveCollection(t => t.Hosts);
        tenant.PrimitiveCollection(t => t.EnabledFeatures);
        tenant.PrimitiveCollection(t => t.InstalledFeatures);
        tenant.PrimitiveCollection(t => t.AllowedFeatures);
        tenant.Property(t => t.Properties).HasConversion(
            v => System.Text.Json.JsonSerializer.Serialize(v, (System.Text.Json.JsonSerializerOptions?)null),
            v => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(v, (System.Text.Json.JsonSerializerOptions?)null) ?? new(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<Dictionary<string, string>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                v => v.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
                v => new Dictionary<string, string>(v)));
    }
}
