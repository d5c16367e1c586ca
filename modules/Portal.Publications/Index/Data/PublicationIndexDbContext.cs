using Microsoft.EntityFrameworkCore;
using Portal.Publications.Reports.Domain;

namespace Portal.Publications.Index.Data;

/// <summary>The platform's index of every force's published decision reports, in the Default tenant's own store. Code injects this type.</summary>
public abstract class PublicationIndexDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module name of this store: its own migrations history table ("Publications.Index").</summary>
    public const string Module = "Publications.Index";

    public DbSet<IndexedPublication> Publications => Set<IndexedPublication>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var publication = builder.Entity<IndexedPublication>();
        publication.ToTable("IndexedPublications");
        publication.HasKey(p => p.Id);
        publication.Property(p => p.Tenant).HasMaxLength(IndexLimits.Tenant).IsRequired();
        publication.Property(p => p.Reference).HasMaxLength(ReportLimits.Reference).IsRequired();
        publication.HasIndex(p => new { p.Tenant, p.Reference }).IsUnique();
        publication.Property(p => p.Title).HasMaxLength(ReportLimits.Title).IsRequired();
        publication.Property(p => p.Summary).HasMaxLength(ReportLimits.Summary).IsRequired();
        publication.Property(p => p.DecisionMaker).HasMaxLength(ReportLimits.DecisionMaker).IsRequired();
        publication.Property(p => p.Tags).IsRequired();
        publication.Property(p => p.ChangeNote).HasMaxLength(ReportLimits.ChangeNote).IsRequired();
        publication.Property(p => p.WithdrawalReason).HasMaxLength(ReportLimits.Reason);
        publication.Property(p => p.SearchText).IsRequired();
        publication.HasIndex(p => p.UpdatedUnixMs);
    }
}
