using Microsoft.EntityFrameworkCore;

namespace Portal.OpenId.Data;

public sealed class OpenIdSqliteDbContext(DbContextOptions<OpenIdSqliteDbContext> options) : OpenIdDbContext(options);
