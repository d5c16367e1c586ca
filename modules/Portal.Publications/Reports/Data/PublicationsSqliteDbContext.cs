using Microsoft.EntityFrameworkCore;

namespace Portal.Publications.Reports.Data;

public sealed class PublicationsSqliteDbContext(DbContextOptions<PublicationsSqliteDbContext> options) : PublicationsDbContext(options);
