using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Contingency.Models;

namespace Portal.CallRouting.Contingency.Data;

/// <summary>
/// Contingency activations in the tenant's store. Times are kept as DateTimeOffset and compared in memory (SQLite
/// cannot compare them in SQL); the rows that matter, those not yet reverted, are few.
/// </summary>
public abstract class ContingencyDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "CallRouting.Contingency";

    public DbSet<ContingencyActivation> Activations => Set<ContingencyActivation>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var activation = builder.Entity<ContingencyActivation>();
        activation.ToTable("ContingencyActivations");
        activation.HasKey(a => a.Id);
        activation.Property(a => a.Id).ValueGeneratedNever();
        activation.Property(a => a.PlanCode).HasMaxLength(ContingencyLimits.Code).IsRequired();
        activation.Property(a => a.PlanName).HasMaxLength(ContingencyLimits.Name).IsRequired();
        activation.Property(a => a.Reason).HasMaxLength(ContingencyLimits.Reason).IsRequired();
        activation.Property(a => a.ActivatedBy).HasMaxLength(ContingencyLimits.Actor).IsRequired();
        activation.Property(a => a.RevertedBy).HasMaxLength(ContingencyLimits.Actor);
        activation.Property(a => a.RevertReason).HasMaxLength(ContingencyLimits.Reason);
        // At most one open activation per plan, even when two people press the button at once on two nodes.
        activation.HasIndex(a => a.PlanCode).IsUnique().HasFilter("\"RevertedAt\" IS NULL").HasDatabaseName("IX_ContingencyActivations_OpenPerPlan");
        activation.HasIndex(a => a.RevertedAt);
    }
}
