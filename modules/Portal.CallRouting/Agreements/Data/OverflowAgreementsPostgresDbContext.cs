using Microsoft.EntityFrameworkCore;

namespace Portal.CallRouting.Agreements.Data;

public sealed class OverflowAgreementsPostgresDbContext(DbContextOptions<OverflowAgreementsPostgresDbContext> options) : OverflowAgreementsDbContext(options);
