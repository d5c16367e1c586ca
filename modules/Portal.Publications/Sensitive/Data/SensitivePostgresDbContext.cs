using Microsoft.EntityFrameworkCore;

namespace Portal.Publications.Sensitive.Data;

public sealed class SensitivePostgresDbContext(DbContextOptions<SensitivePostgresDbContext> options) : SensitiveDbContext(options);
