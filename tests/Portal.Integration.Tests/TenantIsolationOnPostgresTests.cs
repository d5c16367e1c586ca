using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Host.Data.Postgres;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>
/// Each tenant has a login role and a schema of its own on PostgreSQL, made at setup through the provisioning
/// role; the role owns its schema and nothing else: other tenants' schemas, <c>platform</c> and <c>public</c> are
/// closed to it (42501 permission denied).
/// </summary>
[Collection(PostgresPortalCollection.Name)]
public sealed class TenantIsolationOnPostgresTests(PostgresPortalFixture portal)
{
    private const string PermissionDenied = "42501";

    private string Provisioning => portal.Database.ConnectionString;

    private string SchemaOf(string tenant) => portal.Database.RolePrefix + tenant.ToLowerInvariant();

    private string ConnectionOf(string tenant) =>
        portal.Node.Services.GetRequiredService<PostgresTenantProvisioner>().ConnectionStringFor(tenant)
        ?? throw new InvalidOperationException($"Tenant {tenant} has no stored login.");

    [Fact]
    public async Task Each_tenant_has_a_login_role_that_owns_its_schema_and_nothing_more()
    {
        foreach (var tenant in new[] { "Default", "met", "city" })
        {
            var schema = SchemaOf(tenant);
            var owner = await PostgresSql.StringsAsync(Provisioning,
                "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = @schema", ("schema", schema));
            Assert.Equal([schema], owner);

            var role = await PostgresSql.StringsAsync(Provisioning,
                "SELECT concat_ws(',', rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolinherit, rolreplication, rolbypassrls) FROM pg_roles WHERE rolname = @role",
                ("role", schema));
            Assert.Equal(["t,f,f,f,f,f,f"], role);

            // The tenant's own connection lands in its schema, as its role, and its modules' tables are there.
            var whoAmI = await PostgresSql.StringsAsync(ConnectionOf(tenant), "SELECT current_user || ' ' || current_schema()");
            Assert.Equal([$"{schema} {schema}"], whoAmI);
        }

        var histories = await PostgresSql.StringsAsync(Provisioning,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = @schema AND table_name LIKE '\\_\\_EFMigrationsHistory%' ORDER BY 1",
            ("schema", SchemaOf("met")));
        Assert.Contains("__EFMigrationsHistory_Users", histories);
        Assert.Contains("__EFMigrationsHistory_OpenId", histories);
        Assert.Contains("__EFMigrationsHistory_Audit", histories);
        Assert.Contains("__EFMigrationsHistory_KeyRing", histories);

        var platformTables = await PostgresSql.StringsAsync(Provisioning,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'platform' ORDER BY 1");
        Assert.Contains("Tenants", platformTables);
        Assert.Contains("__EFMigrationsHistory_Platform", platformTables);
        Assert.Empty(await PostgresSql.StringsAsync(Provisioning,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    [Fact]
    public async Task A_tenant_cannot_read_or_write_another_tenants_schema()
    {
        var met = ConnectionOf("met");
        var city = SchemaOf("city");

        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(met, $"SELECT count(*) FROM \"{city}\".\"AspNetUsers\""));
        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(met,
            $"UPDATE \"{city}\".\"AspNetUsers\" SET \"Email\" = 'stolen@example.org'"));
        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(met, $"CREATE TABLE \"{city}\".planted (id int)"));
        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(met, $"DROP TABLE \"{city}\".\"AspNetUsers\""));

        // And the other way round.
        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(ConnectionOf("city"),
            $"SELECT count(*) FROM \"{SchemaOf("met")}\".\"AspNetUsers\""));

        // city's users are still there, untouched.
        Assert.NotEmpty(await PostgresSql.StringsAsync(ConnectionOf("city"), "SELECT \"Email\" FROM \"AspNetUsers\""));
    }

    [Fact]
    public async Task A_tenant_cannot_create_in_public_or_read_or_create_in_platform()
    {
        var met = ConnectionOf("met");

        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(met, "CREATE TABLE public.planted (id int)"));
        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(met, "CREATE TABLE platform.planted (id int)"));
        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(met, "SELECT count(*) FROM platform.\"Tenants\""));
        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(met, "SELECT count(*) FROM platform.\"TenantDatabaseSecrets\""));
        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(met, "CREATE TEMPORARY TABLE scratch (id int)"));
        Assert.Equal(PermissionDenied, await PostgresSql.RefusedAsync(met, "CREATE SCHEMA planted"));
    }

    [Fact]
    public async Task Provisioning_again_works_and_the_latest_password_is_the_one_that_logs_in()
    {
        var provisioner = portal.Node.Services.GetRequiredService<PostgresTenantProvisioner>();
        await provisioner.ProvisionAsync("retryforce", CancellationToken.None);
        var first = provisioner.ConnectionStringFor("retryforce")!;
        await PostgresSql.ExecuteAsync(first, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)");

        await provisioner.ProvisionAsync("retryforce", CancellationToken.None);
        var second = provisioner.ConnectionStringFor("retryforce")!;

        Assert.NotEqual(first, second);
        Assert.Equal(["1"], await PostgresSql.StringsAsync(second, "SELECT id FROM kept"));
        var stale = await Assert.ThrowsAsync<PostgresException>(() => PostgresSql.ExecuteAsync(first, "SELECT 1"));
        Assert.Equal("28P01", stale.SqlState); // invalid password

        await provisioner.DropAsync("retryforce", CancellationToken.None);
        Assert.DoesNotContain(SchemaOf("retryforce"), await portal.Database.RolesAsync());
        Assert.Empty(await PostgresSql.StringsAsync(Provisioning, "SELECT nspname FROM pg_namespace WHERE nspname = @s", ("s", SchemaOf("retryforce"))));
        Assert.Null(provisioner.ConnectionStringFor("retryforce"));
        // Dropping what is gone already is fine too (a retried removal).
        await provisioner.DropAsync("retryforce", CancellationToken.None);
    }

    [Theory]
    [InlineData("met\"; DROP SCHEMA platform CASCADE; --")]
    [InlineData("met'; DROP ROLE portal; --")]
    [InlineData("mеt")] // Cyrillic "е"
    [InlineData("met\u200b")] // zero-width space
    [InlineData("MET\u0130")] // dotted capital I, which lower-cases to two characters
    [InlineData("a-really-long-tenant-name-that-goes-past-what-postgres-keeps")]
    public async Task A_name_that_would_be_an_unsafe_identifier_never_reaches_sql(string name)
    {
        var provisioner = portal.Node.Services.GetRequiredService<PostgresTenantProvisioner>();
        var rolesBefore = await portal.Database.RolesAsync();

        Assert.Throws<ArgumentException>(() => provisioner.IdentifierFor(name));
        await Assert.ThrowsAsync<ArgumentException>(() => provisioner.ProvisionAsync(name, CancellationToken.None));

        Assert.Equal(rolesBefore, await portal.Database.RolesAsync());
        Assert.Equal(["platform"], await PostgresSql.StringsAsync(Provisioning, "SELECT nspname FROM pg_namespace WHERE nspname = 'platform'"));
    }
}
