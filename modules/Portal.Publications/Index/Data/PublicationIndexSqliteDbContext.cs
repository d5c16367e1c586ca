using Microsoft.EntityFrameworkCore;

namespace Portal.Publications.Index.Data;

public sealed class PublicationIndexSqliteDbContext(DbContextOptions<PublicationIndexSqliteDbContext> options) : PublicationIndexDbContext(options);
