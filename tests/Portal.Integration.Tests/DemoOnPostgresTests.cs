using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Abstractions.Shell;
using Portal.Host.Data.Postgres;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>
/// The demo set up on PostgreSQL by the real portal: the modules' migrations (Users, OpenId, Audit) run in each
/// tenant's schema, a tenant's administrator signs in and uses its pages, a client-credentials token is issued,
/// and the tenants' database passwords are stored protected and never logged.
/// </summary>
[Collection(PostgresPortalCollection.Name)]
public sealed class DemoOnPostgresTests(PostgresPortalFixture portal)
{
    private string Provisioning => portal.Database.ConnectionString;

    [Theory]
    [InlineData("met")]
    [InlineData("city")]
    public async Task Each_force_is_running_and_its_administrator_signs_in_and_uses_its_pages(string name)
    {
        Assert.Equal(TenantState.Running, (await portal.Node.FindTenantAsync(name))!.State);
        var jar = new CookieContainer();
        using var browser = portal.Node.CreateBrowser(jar);

        var signedIn = await Browser.SignInAsync(browser, browser, "/" + name);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/{name}/admin")).StatusCode);
        var users = await browser.GetAsync($"/{name}/admin/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains(PostgresPortalFactory.AdminEmail, await users.Content.ReadAsStringAsync());

        // The sign-in was audited in the tenant's own schema, readable through its API.
        var audit = JsonNode.Parse(await (await browser.GetAsync($"/{name}/api/audit?category=sign-in&pageSize=50")).Content.ReadAsStringAsync())!;
        Assert.NotEmpty(audit["entries"]!.AsArray());
    }

    [Fact]
    public async Task A_client_credentials_token_is_issued_and_accepted_by_the_platform_api()
    {
        using var client = portal.Node.CreateClient();
        var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "platform-automation",
            ["client_secret"] = PostgresPortalFactory.ClientSecret,
            ["scope"] = "platform.read",
        }));
        var body = JsonNode.Parse(await token.Content.ReadAsStringAsync())!;
        Assert.True(token.StatusCode == HttpStatusCode.OK, body.ToJsonString());

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)body["access_token"]!);
        var tenants = JsonNode.Parse(await (await client.GetAsync("/api/tenants")).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal(["Default", "city", "met"], tenants.Select(t => (string)t!["name"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_role_passwords_are_stored_protected_and_never_logged()
    {
        var provisioner = portal.Node.Services.GetRequiredService<PostgresTenantProvisioner>();
        var stored = await PostgresSql.StringsAsync(Provisioning,
            "SELECT \"TenantName\" || ' ' || \"ProtectedPassword\" FROM platform.\"TenantDatabaseSecrets\" WHERE \"TenantName\" IN ('Default', 'met', 'city')");
        Assert.Equal(3, stored.Count);

        foreach (var tenant in new[] { "Default", "met", "city" })
        {
            var password = new NpgsqlConnectionStringBuilder(provisioner.ConnectionStringFor(tenant)).Password;
            Assert.False(string.IsNullOrEmpty(password));
            Assert.True(password.Length >= 40, "a generated password of 32 random bytes");
            Assert.DoesNotContain(stored, row => row.Contains(password, StringComparison.Ordinal));
            Assert.Contains(stored, row => row.StartsWith(tenant + " ", StringComparison.Ordinal));
            Assert.DoesNotContain(portal.Node.Log.Lines, line => line.Contains(password, StringComparison.Ordinal));
        }

        // The key ring that protects them is in the platform store (every node reads the same), not in files.
        Assert.NotEmpty(await PostgresSql.StringsAsync(Provisioning, "SELECT \"Id\" FROM platform.\"DataProtectionKeys\""));
        Assert.False(Directory.Exists(Path.Combine(portal.Node.DataDir, "DataProtection-Keys")));
    }

    [Fact]
    public async Task Each_tenants_key_ring_is_in_its_own_schema()
    {
        // Signing in protects a cookie, which creates the tenant's first key if it has none yet.
        var jar = new CookieContainer();
        using var browser = portal.Node.CreateBrowser(jar);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SignInAsync(browser, browser, "/met")).StatusCode);

        var schema = portal.Database.RolePrefix + "met";
        Assert.NotEmpty(await PostgresSql.StringsAsync(Provisioning, $"SELECT \"Id\" FROM \"{schema}\".\"DataProtectionKeys\""));
        Assert.False(Directory.Exists(Path.Combine(portal.Node.DataDir, "Sites", "met", "DataProtection-Keys")));
    }
}
