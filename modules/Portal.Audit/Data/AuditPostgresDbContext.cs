using Microsoft.EntityFrameworkCore;

namespace Portal.Audit.Data;

public sealed class AuditPostgresDbContext(DbContextOptions<AuditPostgresDbContext> options) : AuditDbContext(options);
