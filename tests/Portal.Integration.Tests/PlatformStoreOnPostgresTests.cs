using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Shell;
using Portal.Host;
using Portal.Host.Data;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>The provider switch is real from day one: the platform store migrates and works on PostgreSQL.</summary>
public sealed class PlatformStoreOnPostgresTests : IClassFixture<ThrowawayDatabase>
{
    private readonly PlatformStore _store;

    public PlatformStoreOnPostgresTests(ThrowawayDatabase database)
    {
        var options = Options.Create(new PortalOptions
        {
            DataDir = Path.GetTempPath(),
            Database = new PortalOptions.DatabaseOptions { Provider = "Postgres", ConnectionString = database.ConnectionString },
        });
        var environment = new HostingEnvironment { ContentRootPath = Path.GetTempPath() };
        _store = new PlatformStore(options, new TenantStoreLocator(options, environment));
    }

    [Fact]
    public async Task The_platform_store_migrates_on_postgres_with_its_own_history_table()
    {
        await _store.MigrateAsync(CancellationToken.None);

        await using var db = _store.CreateContext();
        Assert.IsType<PlatformPostgresDbContext>(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var history = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory_Platform'").ToListAsync();
        Assert.Single(history);
    }

    [Fact]
    public async Task Tenants_round_trip_and_a_stale_version_is_refused()
    {
        await _store.MigrateAsync(CancellationToken.None);
        await using (var db = _store.CreateContext())
        {
            db.Tenants.Add(new TenantRecord
            {
                Name = "met", DisplayName = "Metropolitan Police Service", UrlPrefix = "met", State = TenantState.Running,
                EnabledFeatures = ["Portal.Users"], Hosts = ["met.example.org"], VersionId = "v1",
                Properties = new() { ["TimeZone"] = "Europe/London" },
            });
            await db.SaveChangesAsync();
        }

        await using (var reader = _store.CreateContext())
        {
            var settings = (await reader.Tenants.SingleAsync(t => t.Name == "met")).ToSettings();
            Assert.Equal(["Portal.Users"], settings.EnabledFeatures);
            Assert.Equal(["met.example.org"], settings.Hosts);
            Assert.Equal("Europe/London", settings.Properties["TimeZone"]);
        }

        // Two writers read v1; the first saves, the second's UPDATE matches no row and is refused.
        await using var first = _store.CreateContext();
        await using var second = _store.CreateContext();
        var a = await first.Tenants.SingleAsync(t => t.Name == "met");
        var b = await second.Tenants.SingleAsync(t => t.Name == "met");
        a.DisplayName = "First";
        a.VersionId = "v2";
        await first.SaveChangesAsync();
        b.DisplayName = "Second";
        b.VersionId = "v3";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = _store.CreateContext();
        Assert.Equal("First", (await check.Tenants.SingleAsync(t => t.Name == "met")).DisplayName);
    }
}
