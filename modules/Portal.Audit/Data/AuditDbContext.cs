using Microsoft.EntityFrameworkCore;
using Portal.Audit.Models;
using Portal.Audit.Services;

namespace Portal.Audit.Data;

/// <summary>
/// The audit entries in the tenant's store. Provider subclasses carry their own migrations; code injects this type.
/// Only <see cref="AuditLog"/> writes, and only by adding: nothing in the module updates or deletes an entry, and
/// the hash chain shows it if anyone does so behind its back.
/// </summary>
public abstract class AuditDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "Audit";

    public DbSet<AuditRecord> Entries => Set<AuditRecord>();

    /// <summary>Refuses to save a change to or removal of an entry: the log is append-only even for code in this module.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RefuseRewrites()
    {
        if (ChangeTracker.Entries<AuditRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or removed.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var entry = builder.Entity<AuditRecord>();
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Sequence);
        // The log assigns the number inside its write transaction: a gap or a duplicate is then a sign of tampering.
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.Property(e => e.Timestamp).IsRequired();
        entry.Property(e => e.Category).HasMaxLength(AuditLimits.Category).IsRequired();
        entry.Property(e => e.Action).HasMaxLength(AuditLimits.Action).IsRequired();
        entry.Property(e => e.Outcome).HasMaxLength(16).IsRequired();
        entry.Property(e => e.Actor).HasMaxLength(AuditLimits.Actor).IsRequired();
        entry.Property(e => e.RemoteAddress).HasMaxLength(AuditLimits.RemoteAddress);
        entry.Property(e => e.Subject).HasMaxLength(AuditLimits.Subject);
        entry.Property(e => e.Detail).HasMaxLength(AuditLimits.Detail);
        entry.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        entry.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        entry.HasIndex(e => e.Timestamp);
        entry.HasIndex(e => e.Category);
    }
}
