using Microsoft.EntityFrameworkCore;

namespace Portal.CallRouting.Contingency.Data;

public sealed class ContingencySqliteDbContext(DbContextOptions<ContingencySqliteDbContext> options) : ContingencyDbContext(options);
