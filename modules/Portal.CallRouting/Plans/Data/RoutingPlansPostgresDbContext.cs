using Microsoft.EntityFrameworkCore;

namespace Portal.CallRouting.Plans.Data;

public sealed class RoutingPlansPostgresDbContext(DbContextOptions<RoutingPlansPostgresDbContext> options) : RoutingPlansDbContext(options);
