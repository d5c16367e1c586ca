using Microsoft.EntityFrameworkCore;

namespace Portal.CallRouting.Configuration.Data;

public sealed class RoutingConfigurationPostgresDbContext(DbContextOptions<RoutingConfigurationPostgresDbContext> options) : RoutingConfigurationDbContext(options);
