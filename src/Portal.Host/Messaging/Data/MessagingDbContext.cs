using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Messaging.Data;

/// <summary>
/// The host's outbox table, in a store it shares with others (a tenant's store, or the platform store): it is
/// written through the connection and transaction of the change it belongs to. No schema in the model: on
/// PostgreSQL each tenant's role finds its own schema through its search_path.
/// </summary>
public abstract class MessagingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var outbox = modelBuilder.Entity<OutboxMessage>();
        outbox.ToTable("OutboxMessages");
        outbox.HasKey(m => m.Id);
        outbox.Property(m => m.Type).HasMaxLength(200);
        outbox.Property(m => m.TenantId).HasMaxLength(30);
        outbox.Property(m => m.LockToken).HasMaxLength(36);
        outbox.Property(m => m.LastError).HasMaxLength(1000);
        outbox.HasIndex(m => m.CreatedUnixMs);
    }
}
