using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Configuration.Services;

namespace Portal.CallRouting.Configuration.Data;

/// <summary>
/// The tenant's routing configuration: centres (with their current service state and its history), queues with
/// their serving centres, and schedules. Provider subclasses carry their own migrations; code injects this type.
/// </summary>
public abstract class RoutingConfigurationDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Module = "CallRouting";

    public DbSet<CentreRow> Centres => Set<CentreRow>();
    public DbSet<QueueRow> Queues => Set<QueueRow>();
    public DbSet<QueueServingCentreRow> ServingCentres => Set<QueueServingCentreRow>();
    public DbSet<ScheduleRow> Schedules => Set<ScheduleRow>();
    public DbSet<CentreStateChangeRow> CentreStateChanges => Set<CentreStateChangeRow>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        var schedule = builder.Entity<ScheduleRow>();
        schedule.ToTable("RoutingSchedules");
        schedule.HasKey(s => s.Code);
        schedule.Property(s => s.Code).HasMaxLength(ConfigurationLimits.CodeMax);
        schedule.Property(s => s.Name).HasMaxLength(ConfigurationLimits.Name).IsRequired();
        schedule.Property(s => s.WeekJson).IsRequired();
        schedule.Property(s => s.OverridesJson).IsRequired();
        schedule.Property(s => s.VersionId).HasMaxLength(32).IsConcurrencyToken();

        var centre = builder.Entity<CentreRow>();
        centre.ToTable("RoutingCentres");
        centre.HasKey(c => c.Code);
        centre.Property(c => c.Code).HasMaxLength(ConfigurationLimits.CodeMax);
        centre.Property(c => c.Name).HasMaxLength(ConfigurationLimits.Name).IsRequired();
        centre.Property(c => c.ScheduleCode).HasMaxLength(ConfigurationLimits.CodeMax);
        centre.Property(c => c.VersionId).HasMaxLength(32).IsConcurrencyToken();
        centre.Property(c => c.State).HasMaxLength(32).IsRequired();
        centre.Property(c => c.StateReason).HasMaxLength(ConfigurationLimits.Reason);
        centre.Property(c => c.StateChangedBy).HasMaxLength(ConfigurationLimits.Actor);
        // A schedule in use cannot be deleted: the registry says which centres use it, the key makes sure.
        centre.HasOne<ScheduleRow>().WithMany().HasForeignKey(c => c.ScheduleCode).OnDelete(DeleteBehavior.Restrict);

        var queue = builder.Entity<QueueRow>();
        queue.ToTable("RoutingQueues");
        queue.HasKey(q => q.Code);
        queue.Property(q => q.Code).HasMaxLength(ConfigurationLimits.CodeMax);
        queue.Property(q => q.Name).HasMaxLength(ConfigurationLimits.Name).IsRequired();
        queue.Property(q => q.Service).HasMaxLength(ConfigurationLimits.Service).IsRequired();
        queue.Property(q => q.Announcement).HasMaxLength(ConfigurationLimits.Announcement);
        queue.Property(q => q.Distribution).HasMaxLength(16).IsRequired();
        queue.Property(q => q.ScheduleCode).HasMaxLength(ConfigurationLimits.CodeMax);
        queue.Property(q => q.VersionId).HasMaxLength(32).IsConcurrencyToken();
        queue.HasOne<ScheduleRow>().WithMany().HasForeignKey(q => q.ScheduleCode).OnDelete(DeleteBehavior.Restrict);
        queue.HasIndex(q => q.Service);

        var serving = builder.Entity<QueueServingCentreRow>();
        serving.ToTable("RoutingQueueServingCentres");
        serving.HasKey(s => new { s.QueueCode, s.CentreCode });
        serving.Property(s => s.QueueCode).HasMaxLength(ConfigurationLimits.CodeMax);
        serving.Property(s => s.CentreCode).HasMaxLength(ConfigurationLimits.CodeMax);
        queue.HasMany(q => q.ServingCentres).WithOne().HasForeignKey(s => s.QueueCode).OnDelete(DeleteBehavior.Cascade);
        serving.HasOne<CentreRow>().WithMany().HasForeignKey(s => s.CentreCode).OnDelete(DeleteBehavior.Restrict);
        serving.HasIndex(s => s.CentreCode);

        var change = builder.Entity<CentreStateChangeRow>();
        change.ToTable("RoutingCentreStateChanges");
        change.HasKey(c => c.Id);
        change.Property(c => c.CentreCode).HasMaxLength(ConfigurationLimits.CodeMax).IsRequired();
        change.Property(c => c.State).HasMaxLength(32).IsRequired();
        change.Property(c => c.Reason).HasMaxLength(ConfigurationLimits.Reason).IsRequired();
        change.Property(c => c.ChangedBy).HasMaxLength(ConfigurationLimits.Actor).IsRequired();
        // The history goes with its centre; the audit log keeps the record of every change regardless.
        change.HasOne<CentreRow>().WithMany().HasForeignKey(c => c.CentreCode).OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => new { c.CentreCode, c.Id });
    }
}
