using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Data.Postgres;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>
/// On PostgreSQL, removing a tenant drops its schema (with its data) and its login role, and forgets its
/// password; a failed setup does the same, so a retry starts clean. Every refusal leaves all of it in place.
/// </summary>
[Collection(PostgresPortalCollection.Name)]
public sealed class TenantRemovalOnPostgresTests(PostgresPortalFixture portal)
{
    private string Provisioning => portal.Database.ConnectionString;

    private string SchemaOf(string tenant) => portal.Database.RolePrefix + tenant;

    private async Task<HttpClient> PlatformAdminAsync()
    {
        var browser = portal.Node.CreateBrowser(new CookieContainer());
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SignInAsync(browser, browser, "")).StatusCode);
        return browser;
    }

    private async Task<bool> SchemaAndRoleExistAsync(string tenant)
    {
        var schema = await PostgresSql.StringsAsync(Provisioning, "SELECT nspname FROM pg_namespace WHERE nspname = @s", ("s", SchemaOf(tenant)));
        var role = (await portal.Database.RolesAsync()).Contains(SchemaOf(tenant));
        Assert.Equal(schema.Count == 1, role);
        return role;
    }

    private Task<List<string>> SecretsOfAsync(string tenant) => PostgresSql.StringsAsync(Provisioning,
        "SELECT \"TenantName\" FROM platform.\"TenantDatabaseSecrets\" WHERE \"TenantName\" = @t", ("t", tenant));

    [Fact]
    public async Task A_disabled_tenant_is_removed_with_its_schema_role_and_password_and_refusals_change_nothing()
    {
        using var admin = await PlatformAdminAsync();
        var created = await Browser.SendJsonAsync(admin, HttpMethod.Post, "/api/tenants",
            """{ "name": "dropforce", "displayName": "Drop force", "recipe": "police-force", "adminEmail": "chief@dropforce.example.org" }""");
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        Assert.True(await SchemaAndRoleExistAsync("dropforce"));
        Assert.NotEmpty(await PostgresSql.StringsAsync(Provisioning, $"SELECT \"Email\" FROM \"{SchemaOf("dropforce")}\".\"AspNetUsers\""));

        // Refused while running; refused without the right confirmation; unknown is a 404.
        await Browser.ProblemAsync(await Browser.SendJsonAsync(admin, HttpMethod.Delete, "/api/tenants/dropforce", """{ "confirm": "dropforce" }"""),
            HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await Browser.SendJsonAsync(admin, HttpMethod.Post, "/api/tenants/dropforce/disable", "{}")).StatusCode);
        var wrong = await Browser.ProblemAsync(await Browser.SendJsonAsync(admin, HttpMethod.Delete, "/api/tenants/dropforce", """{ "confirm": "drop" }"""),
            HttpStatusCode.BadRequest);
        Assert.NotNull(wrong["errors"]?["confirm"]);
        await Browser.ProblemAsync(await Browser.SendJsonAsync(admin, HttpMethod.Delete, "/api/tenants/nosuchforce", """{ "confirm": "nosuchforce" }"""),
            HttpStatusCode.NotFound);
        Assert.True(await SchemaAndRoleExistAsync("dropforce"));
        Assert.Equal(TenantState.Disabled, (await portal.Node.FindTenantAsync("dropforce"))!.State);

        var removed = await Browser.SendJsonAsync(admin, HttpMethod.Delete, "/api/tenants/dropforce", """{ "confirm": "dropforce" }""");

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.False(await SchemaAndRoleExistAsync("dropforce"));
        Assert.Empty(await SecretsOfAsync("dropforce"));
        Assert.Null(await portal.Node.FindTenantAsync("dropforce"));
        var audit = JsonNode.Parse(await (await admin.GetAsync("/api/audit?category=tenants&pageSize=50")).Content.ReadAsStringAsync())!;
        Assert.Contains(audit["entries"]!.AsArray(), e => (string?)e!["action"] == "tenant-removed" && (string?)e["subject"] == "dropforce");
    }

    [Fact]
    public async Task A_failed_setup_drops_the_schema_and_role_and_a_retry_sets_the_tenant_up()
    {
        using var admin = await PlatformAdminAsync();
        // Valid to the validator, refused by Identity while the recipe runs (after provisioning and migrations).
        const string weak = """
            { "name": "weak-admin", "steps": [
                { "name": "feature", "enable": [ "Portal.Users" ] },
                { "name": "users", "users": [ { "email": "{{AdminEmail}}", "password": "weak", "roles": [ "Administrator" ] } ] } ] }
            """;
        var failed = await Browser.SendJsonAsync(admin, HttpMethod.Post, "/api/tenants", new JsonObject
        {
            ["name"] = "retryforce2", ["displayName"] = "Retry", ["recipeJson"] = weak, ["adminEmail"] = "a@retry.example.org",
        }.ToJsonString());
        await Browser.ProblemAsync(failed, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(TenantState.Uninitialized, (await portal.Node.FindTenantAsync("retryforce2"))!.State);
        Assert.False(await SchemaAndRoleExistAsync("retryforce2"));
        Assert.Empty(await SecretsOfAsync("retryforce2"));

        // The retry provisions a fresh role and schema and runs the real recipe there.
        var setup = portal.Node.Services.GetRequiredService<ITenantSetupService>();
        var recipe = portal.Node.Services.GetRequiredService<IRecipeCatalog>().Find("police-force")!;
        var retried = await setup.SetupAsync("retryforce2", recipe.Json, new Dictionary<string, string>
        {
            ["AdminEmail"] = "a@retry.example.org", ["AdminPassword"] = "Retry-Force-Passw0rd!", ["ClientSecret"] = "retry-force-client-secret-0123456789",
        });
        Assert.True(retried.Succeeded, string.Join(" ", retried.Errors));
        Assert.True(await SchemaAndRoleExistAsync("retryforce2"));
        Assert.Equal(["a@retry.example.org"], await PostgresSql.StringsAsync(Provisioning,
            $"SELECT \"Email\" FROM \"{SchemaOf("retryforce2")}\".\"AspNetUsers\""));

        // Switched off, it can be removed.
        Assert.Equal(HttpStatusCode.OK, (await Browser.SendJsonAsync(admin, HttpMethod.Post, "/api/tenants/retryforce2/disable", "{}")).StatusCode);
        var removed = await Browser.SendJsonAsync(admin, HttpMethod.Delete, "/api/tenants/retryforce2", """{ "confirm": "retryforce2" }""");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Null(await portal.Node.FindTenantAsync("retryforce2"));
        Assert.False(await SchemaAndRoleExistAsync("retryforce2"));
        Assert.Null(portal.Node.Services.GetRequiredService<PostgresTenantProvisioner>().ConnectionStringFor("retryforce2"));
    }
}
