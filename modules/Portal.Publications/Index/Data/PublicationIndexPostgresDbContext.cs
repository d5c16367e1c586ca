using Microsoft.EntityFrameworkCore;

namespace Portal.Publications.Index.Data;

public sealed class PublicationIndexPostgresDbContext(DbContextOptions<PublicationIndexPostgresDbContext> options) : PublicationIndexDbContext(options);
