using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Messaging.Data;

/// <summary>A tenant's outbox and inbox, in the tenant's own store; migrated on activation like a module's context.</summary>
public abstract class TenantMessagingDbContext(DbContextOptions options) : MessagingDbContext(options)
{
    /// <summary>The module name of its migrations history table.</summary>
    public const string Module = "Portal.Messaging";

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        var inbox = modelBuilder.Entity<InboxMessage>();
        inbox.ToTable("InboxMessages");
        inbox.HasKey(m => new { m.MessageId, m.Handler });
        inbox.Property(m => m.Handler).HasMaxLength(300);
        inbox.Property(m => m.Type).HasMaxLength(200);
    }
}
