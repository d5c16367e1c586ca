using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Messaging.Data;

public sealed class TenantMessagingSqliteDbContext(DbContextOptions<TenantMessagingSqliteDbContext> options) : TenantMessagingDbContext(options);
