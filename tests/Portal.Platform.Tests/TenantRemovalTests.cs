using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Shell;
using Portal.Host.Data;
using Portal.Platform.Tests.Support;

namespace Portal.Platform.Tests;

/// <summary>
/// Removing a tenant (SQLite): <c>DELETE /api/tenants/{name}</c> and the admin page. Only a Disabled or
/// Uninitialized tenant, never Default, and only with its name typed again; every refusal changes nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TenantRemovalTests(PlatformFixture platform)
{
    private HttpClient Admin => platform.Admin;

    private static object NewTenant(string name) => new { name, displayName = $"Force {name}", recipe = "police-force", adminEmail = $"chief@{name}.example.org" };

    private static async Task<HttpResponseMessage> DeleteAsync(HttpClient client, string name, string? json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/tenants/{name}");
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private async Task CreateDisabledAsync(string name)
    {
        Assert.Equal(HttpStatusCode.Created, (await Api.PostJsonAsync(Admin, "/api/tenants", NewTenant(name))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.PostJsonAsync(Admin, $"/api/tenants/{name}/disable", "{}")).StatusCode);
    }

    private string TenantDirectory(string name) => platform.Factory.Services.GetRequiredService<TenantStoreLocator>().TenantDirectory(name);

    [Fact]
    public async Task A_disabled_tenant_is_removed_with_its_directory_and_the_removal_is_audited()
    {
        await CreateDisabledAsync("goneforce");
        Assert.True(Directory.Exists(TenantDirectory("goneforce")));

        var response = await DeleteAsync(Admin, "goneforce", """{ "confirm": "goneforce" }""");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(await platform.Factory.FindTenantAsync("goneforce"));
        Assert.False(Directory.Exists(TenantDirectory("goneforce")));
        await Api.ProblemAsync(await Admin.GetAsync("/api/tenants/goneforce"), HttpStatusCode.NotFound);
        using var visitor = platform.Factory.CreateHttpClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/goneforce/")).StatusCode);

        var audit = (await Api.JsonAsync(await Admin.GetAsync("/api/audit?category=tenants&pageSize=500")))["entries"]!.AsArray();
        Assert.Contains(audit, e => (string?)e!["action"] == "tenant-removed" && (string?)e["subject"] == "goneforce");

        // The name is free again: a new tenant of that name starts from nothing.
        Assert.Equal(HttpStatusCode.Created, (await Api.PostJsonAsync(Admin, "/api/tenants", NewTenant("goneforce"))).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("{}")]
    [InlineData("""{ "confirm": "" }""")]
    [InlineData("""{ "confirm": "othername" }""")]
    [InlineData("""{ "confirm": "KEEPFORCE" }""")]
    public async Task A_missing_or_wrong_confirmation_is_a_400_naming_confirm_and_keeps_the_tenant(string? body)
    {
        if (await platform.Factory.FindTenantAsync("keepforce") is null)
        {
            await CreateDisabledAsync("keepforce");
        }

        var problem = await Api.ProblemAsync(await DeleteAsync(Admin, "keepforce", body), HttpStatusCode.BadRequest);

        Assert.Contains("confirm", Api.Errors(problem).Keys);
        Assert.Equal(TenantState.Disabled, (await platform.Factory.FindTenantAsync("keepforce"))!.State);
        Assert.True(Directory.Exists(TenantDirectory("keepforce")));
    }

    [Fact]
    public async Task A_body_that_is_not_json_or_has_an_unknown_field_is_refused()
    {
        await CreateDisabledAsync("typoremove");
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/tenants/typoremove") { Content = new StringContent("confirm=typoremove", Encoding.UTF8, "text/plain") };
        await Api.ProblemAsync(await Admin.SendAsync(request), HttpStatusCode.UnsupportedMediaType);

        var problem = await Api.ProblemAsync(await DeleteAsync(Admin, "typoremove", """{ "confirmed": "typoremove" }"""), HttpStatusCode.BadRequest);
        Assert.Contains("confirmed", Api.Errors(problem).Keys);
        Assert.NotNull(await platform.Factory.FindTenantAsync("typoremove"));
    }

    [Fact]
    public async Task A_running_tenant_is_a_409_and_keeps_running()
    {
        Assert.Equal(HttpStatusCode.Created, (await Api.PostJsonAsync(Admin, "/api/tenants", NewTenant("liveforce"))).StatusCode);

        var problem = await Api.ProblemAsync(await DeleteAsync(Admin, "liveforce", """{ "confirm": "liveforce" }"""), HttpStatusCode.Conflict);

        Assert.Contains("disable it", (string?)problem["detail"]);
        Assert.Equal(TenantState.Running, (await platform.Factory.FindTenantAsync("liveforce"))!.State);
        using var visitor = platform.Factory.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/liveforce/")).StatusCode);
    }

    [Fact]
    public async Task The_platform_tenant_is_a_409()
    {
        await Api.ProblemAsync(await DeleteAsync(Admin, "Default", """{ "confirm": "Default" }"""), HttpStatusCode.Conflict);
        Assert.Equal(TenantState.Running, (await platform.Factory.FindTenantAsync("Default"))!.State);
    }

    [Fact]
    public async Task An_unknown_tenant_is_a_404()
    {
        await Api.ProblemAsync(await DeleteAsync(Admin, "nosuchforce", """{ "confirm": "nosuchforce" }"""), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_session_or_the_permission_nothing_is_removed()
    {
        await CreateDisabledAsync("guardedforce");
        using var anonymous = platform.Factory.CreateHttpClient();
        var response = await DeleteAsync(anonymous, "guardedforce", """{ "confirm": "guardedforce" }""");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        // met's administrator is signed in to met, not to the platform.
        using var tenantAdmin = await SignIn.AsAdminAsync(platform.Factory, "/met");
        Assert.NotEqual(HttpStatusCode.NoContent, (await DeleteAsync(tenantAdmin, "guardedforce", """{ "confirm": "guardedforce" }""")).StatusCode);
        Assert.NotNull(await platform.Factory.FindTenantAsync("guardedforce"));
    }

    [Fact]
    public async Task The_admin_page_asks_for_the_name_refuses_a_wrong_one_and_removes_with_the_right_one()
    {
        await CreateDisabledAsync("pageremove");
        var details = Forms.Decode(await (await Admin.GetAsync("/admin/tenants/pageremove")).Content.ReadAsStringAsync());
        Assert.Contains("href=\"/admin/tenants/pageremove/remove\"", details);

        var wrong = await Forms.PostAsync(Admin, "/admin/tenants/pageremove/remove", "/admin/tenants/pageremove/remove",
            new Dictionary<string, string> { ["Confirm"] = "pageremov" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var html = Forms.Decode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("href=\"#Confirm\"", html);
        Assert.Contains("does not match", html);
        Assert.NotNull(await platform.Factory.FindTenantAsync("pageremove"));

        var removed = await Forms.PostAsync(Admin, "/admin/tenants/pageremove/remove", "/admin/tenants/pageremove/remove",
            new Dictionary<string, string> { ["Confirm"] = "pageremove" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("/admin/tenants", removed.Headers.Location?.OriginalString);
        Assert.Null(await platform.Factory.FindTenantAsync("pageremove"));
        Assert.Contains("was removed", Forms.Decode(await (await Admin.GetAsync("/admin/tenants")).Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_admin_page_offers_no_removal_of_a_running_tenant_and_refuses_one()
    {
        var details = Forms.Decode(await (await Admin.GetAsync("/admin/tenants/met")).Content.ReadAsStringAsync());
        Assert.DoesNotContain("/admin/tenants/met/remove", details);

        var response = await Forms.PostAsync(Admin, "/admin/tenants/met/disable", "/admin/tenants/met/remove",
            new Dictionary<string, string> { ["Confirm"] = "met" });

        var html = Forms.Decode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode} {response.Headers.Location}: {html}");
        Assert.Contains("disable it before removing it", html);
        Assert.Equal(TenantState.Running, (await platform.Factory.FindTenantAsync("met"))!.State);
    }
}
