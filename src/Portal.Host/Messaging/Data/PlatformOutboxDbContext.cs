using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Messaging.Data;

/// <summary>
/// The platform's outbox, in the platform store beside the tenants table (not part of PlatformDbContext, whose
/// migrations are its own): tenant changes and their events commit together. Own migrations history table.
/// </summary>
public abstract class PlatformOutboxDbContext(DbContextOptions options) : MessagingDbContext(options)
{
    public const string HistoryTable = "__EFMigrationsHistory_PlatformOutbox";
}
