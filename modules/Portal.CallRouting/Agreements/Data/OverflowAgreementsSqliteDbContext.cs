using Microsoft.EntityFrameworkCore;

namespace Portal.CallRouting.Agreements.Data;

public sealed class OverflowAgreementsSqliteDbContext(DbContextOptions<OverflowAgreementsSqliteDbContext> options) : OverflowAgreementsDbContext(options);
