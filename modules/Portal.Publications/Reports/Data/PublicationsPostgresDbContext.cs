using Microsoft.EntityFrameworkCore;

namespace Portal.Publications.Reports.Data;

public sealed class PublicationsPostgresDbContext(DbContextOptions<PublicationsPostgresDbContext> options) : PublicationsDbContext(options);
