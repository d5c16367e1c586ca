using Microsoft.EntityFrameworkCore;

namespace Portal.Publications.Sensitive.Data;

public sealed class SensitiveSqliteDbContext(DbContextOptions<SensitiveSqliteDbContext> options) : SensitiveDbContext(options);
