using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Messaging.Data;

/// <summary>On PostgreSQL the platform store lives in the schema <c>platform</c> (a constant: safe for model caching).</summary>
public sealed class PlatformOutboxPostgresDbContext(DbContextOptions<PlatformOutboxPostgresDbContext> options) : PlatformOutboxDbContext(options)
{
    public const string Schema = "platform";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
