using Microsoft.EntityFrameworkCore;
using Portal.OpenId.Models;

namespace Portal.OpenId.Data;

/// <summary>
/// OpenIddict's tables (applications, authorizations, scopes, tokens) and the tenant's protected signing and
/// encryption keys, in the tenant's store. Provider subclasses carry their own migrations; code injects this type.
/// </summary>
public abstract class OpenIdDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "OpenId";

    public DbSet<OpenIdKey> Keys => Set<OpenIdKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The model-builder variant, not the options one: options carrying per-tenant instances would make EF Core
        // build one internal service provider per tenant (and throw after twenty).
        builder.UseOpenIddict();

        var key = builder.Entity<OpenIdKey>();
        key.ToTable("OpenIdKeys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Use).HasMaxLength(16).IsRequired();
        key.Property(k => k.Algorithm).HasMaxLength(16).IsRequired();
        key.Property(k => k.ProtectedMaterial).IsRequired();
        key.HasIndex(k => k.Use);
    }
}
