using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Data;

public sealed class PlatformSqliteDbContext(DbContextOptions<PlatformSqliteDbContext> options) : PlatformDbContext(options);
