using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Messaging.Data;

public sealed class PlatformOutboxSqliteDbContext(DbContextOptions<PlatformOutboxSqliteDbContext> options) : PlatformOutboxDbContext(options);
