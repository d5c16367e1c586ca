using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Plans.Models;

namespace Portal.CallRouting.Plans.Data;

/// <summary>
/// The routing plan versions in the tenant's store. Provider subclasses carry their own migrations; code injects this
/// type. A published version is never changed: <see cref="SaveChangesAsync(bool, CancellationToken)"/> refuses it.
/// </summary>
public abstract class RoutingPlansDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "CallRouting.Plans";

    public DbSet<RoutingPlanVersion> Versions => Set<RoutingPlanVersion>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewritesOfPublished();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewritesOfPublished();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // A last guard behind the workflow's own checks: what was published (and hashed) stays as it was.
    private void RefuseRewritesOfPublished()
    {
        foreach (var entry in ChangeTracker.Entries<RoutingPlanVersion>())
        {
            var wasPublished = entry.State is EntityState.Modified or EntityState.Deleted
                && entry.OriginalValues.GetValue<PlanState>(nameof(RoutingPlanVersion.State)) == PlanState.Published;
            if (wasPublished)
            {
                throw new InvalidOperationException($"Routing plan version {entry.Entity.Number} is published: it cannot be changed or removed.");
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var version = builder.Entity<RoutingPlanVersion>();
        version.ToTable("RoutingPlanVersions");
        version.HasKey(v => v.Number);
        // Numbers are given by the workflow (the next after the highest), never by the database.
        version.Property(v => v.Number).ValueGeneratedNever();
        version.Property(v => v.State).HasConversion<string>().HasMaxLength(16).IsRequired();
        version.Property(v => v.DocumentJson).IsRequired();
        version.Property(v => v.CreatedBy).HasMaxLength(256).IsRequired();
        version.Property(v => v.UpdatedBy).HasMaxLength(256);
        version.Property(v => v.SubmittedBy).HasMaxLength(256);
        version.Property(v => v.ApprovedBy).HasMaxLength(256);
        version.Property(v => v.ReturnedBy).HasMaxLength(256);
        version.Property(v => v.ReturnedReason).HasMaxLength(1000);
        version.Property(v => v.PublishedBy).HasMaxLength(256);
        version.Property(v => v.Sha256).HasMaxLength(64);
        version.Property(v => v.ConcurrencyToken).HasMaxLength(36).IsRequired().IsConcurrencyToken();
        version.HasIndex(v => v.State);
    }
}
