using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Data;

namespace Portal.Host.Data;

/// <summary>Creates contexts on the platform store and migrates it at start-up.</summary>
public sealed class PlatformStore(IOptions<PortalOptions> options, TenantStoreLocator locator)
{
    private readonly PortalOptions _options = options.Value;

    public bool IsPostgres => string.Equals(_options.Database.Provider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public PlatformDbContext CreateContext()
    {
        if (IsPostgres)
        {
            return CreatePostgresContext();
        }

        return new PlatformSqliteDbContext(new DbContextOptionsBuilder<PlatformSqliteDbContext>()
            .UseSqlite(locator.PlatformSqliteConnectionString(), x => x.MigrationsHistoryTable(PlatformDbContext.HistoryTable))
            .AddInterceptors(SqliteConnectionSetup.Instance).Options);
    }

    /// <summary>The platform store on PostgreSQL, with what only it holds (tenant passwords, the host key ring).</summary>
    public PlatformPostgresDbContext CreatePostgresContext()
    {
        if (!IsPostgres)
        {
            throw new InvalidOperationException("The platform store is not on PostgreSQL.");
        }

        var cs = _options.Database.ConnectionString
            ?? throw new InvalidOperationException("Portal:Database:ConnectionString is required when Portal:Database:Provider is Postgres.");
        return new PlatformPostgresDbContext(new DbContextOptionsBuilder<PlatformPostgresDbContext>()
            .UseNpgsql(cs, x => x.MigrationsHistoryTable(PlatformDbContext.HistoryTable, PlatformPostgresDbContext.Schema)).Options);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(locator.DataDir);
        await using var db = CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
