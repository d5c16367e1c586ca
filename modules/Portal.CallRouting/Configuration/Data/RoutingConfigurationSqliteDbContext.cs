using Microsoft.EntityFrameworkCore;

namespace Portal.CallRouting.Configuration.Data;

public sealed class RoutingConfigurationSqliteDbContext(DbContextOptions<RoutingConfigurationSqliteDbContext> options) : RoutingConfigurationDbContext(options);
