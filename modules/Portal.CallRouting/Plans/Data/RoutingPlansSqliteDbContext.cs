using Microsoft.EntityFrameworkCore;

namespace Portal.CallRouting.Plans.Data;

public sealed class RoutingPlansSqliteDbContext(DbContextOptions<RoutingPlansSqliteDbContext> options) : RoutingPlansDbContext(options);
