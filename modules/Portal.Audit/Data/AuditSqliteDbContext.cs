using Microsoft.EntityFrameworkCore;

namespace Portal.Audit.Data;

public sealed class AuditSqliteDbContext(DbContextOptions<AuditSqliteDbContext> options) : AuditDbContext(options);
