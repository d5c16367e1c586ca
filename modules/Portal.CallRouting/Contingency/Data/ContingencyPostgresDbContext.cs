using Microsoft.EntityFrameworkCore;

namespace Portal.CallRouting.Contingency.Data;

public sealed class ContingencyPostgresDbContext(DbContextOptions<ContingencyPostgresDbContext> options) : ContingencyDbContext(options);
