using Microsoft.EntityFrameworkCore;

namespace Portal.Publications.Sensitive.Data;

/// <summary>
/// The Part 2 access grants. A store of its own (own migrations history) so that the Sensitive feature owns its
/// tables and a tenant without the feature has none of them. Code injects this type.
/// </summary>
public abstract class SensitiveDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Publications.Sensitive";
    public const int ReferenceLength = 64;
    public const int GranteeLength = 256;

    public DbSet<ReportAccessGrant> Grants => Set<ReportAccessGrant>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var grant = builder.Entity<ReportAccessGrant>();
        grant.ToTable("ReportAccessGrants");
        grant.HasKey(g => g.Id);
        grant.Property(g => g.Id).ValueGeneratedNever();
        grant.Property(g => g.Reference).HasMaxLength(ReferenceLength).IsRequired();
        grant.Property(g => g.Grantee).HasMaxLength(GranteeLength).IsRequired();
        grant.Property(g => g.GrantedBy).HasMaxLength(GranteeLength).IsRequired();
        // One grant per person and report: granting twice changes nothing.
        grant.HasIndex(g => new { g.Reference, g.Grantee }).IsUnique();
    }
}
