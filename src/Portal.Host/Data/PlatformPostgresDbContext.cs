using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Data;

public sealed class PlatformPostgresDbContext(DbContextOptions<PlatformPostgresDbContext> options) : PlatformDbContext(options);
