using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Messaging.Data;

public sealed class TenantMessagingPostgresDbContext(DbContextOptions<TenantMessagingPostgresDbContext> options) : TenantMessagingDbContext(options);
