using Microsoft.EntityFrameworkCore;

namespace Portal.OpenId.Data;

public sealed class OpenIdPostgresDbContext(DbContextOptions<OpenIdPostgresDbContext> options) : OpenIdDbContext(options);
