using System.Net;
using System.Text.RegularExpressions;
using Portal.Abstractions.Shell;
using Portal.Platform.Tests.Support;

namespace Portal.Platform.Tests;

/// <summary>The platform's admin pages: tenants, creating one, switching one off, features and the module catalogue.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class AdminPagesTests(PlatformFixture platform)
{
    private HttpClient Admin => platform.Admin;

    [GeneratedRegex("<code id=\"initial-admin-password\">([^<]+)</code>")]
    private static partial Regex PasswordOnPage();

    private static Dictionary<string, string> TenantForm(string name, string email) => new()
    {
        ["Name"] = name,
        ["DisplayName"] = $"Page force {name}",
        ["UrlPrefix"] = "",
        ["Hosts"] = "",
        ["Recipe"] = "police-force",
        ["AdminEmail"] = email,
    };

    private async Task<string> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Admin.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {html}");
        return Forms.Decode(html);
    }

    [Fact]
    public async Task The_tenants_page_lists_every_tenant_with_its_state()
    {
        var html = await PageAsync("/admin/tenants");

        Assert.Contains("Metropolitan Police Service", html);
        Assert.Contains("City of London Police", html);
        Assert.Contains("href=\"/admin/tenants/met\"", html);
        Assert.Contains("/met/", html);
        Assert.Contains("Running", html);
        Assert.Contains("href=\"/admin/tenants/create\"", html);
        // The admin navigation has the platform's entries.
        Assert.Contains("href=\"/admin/modules\"", html);
    }

    [Fact]
    public async Task Creating_a_tenant_from_the_form_shows_its_password_once()
    {
        var response = await Forms.PostAsync(Admin, "/admin/tenants/create", "/admin/tenants/create", TenantForm("pageforce", "chief@pageforce.example.org"));

        var html = Forms.Decode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tenant created", html);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var password = PasswordOnPage().Match(html).Groups[1].Value;
        Assert.True(password.Length >= 12, html);
        Assert.Equal(TenantState.Running, (await platform.Factory.FindTenantAsync("pageforce"))!.State);
        using var tenantAdmin = await SignIn.AsAdminAsync(platform.Factory, "/pageforce", "chief@pageforce.example.org", password);

        var details = await PageAsync("/admin/tenants/pageforce");
        Assert.DoesNotContain(password, details);
        Assert.Contains("Page force pageforce", details);
    }

    [Fact]
    public async Task A_form_with_mistakes_is_shown_again_with_an_error_summary_linking_to_each_field()
    {
        var response = await Forms.PostAsync(Admin, "/admin/tenants/create", "/admin/tenants/create", TenantForm("Bad Name!", "not-an-email"));

        var html = Forms.Decode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("href=\"#Name\"", html);
        Assert.Contains("href=\"#AdminEmail\"", html);
        Assert.Contains("value=\"Bad Name!\"", html);
        Assert.Contains("<title>Error:", html);
        Assert.Null(await platform.Factory.FindTenantAsync("Bad Name!"));
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var response = await Admin.PostAsync("/admin/tenants/create", new FormUrlEncodedContent(TenantForm("forgedforce", "a@forged.example.org")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await platform.Factory.FindTenantAsync("forgedforce"));
    }

    [Fact]
    public async Task Signed_out_people_are_sent_to_sign_in()
    {
        using var anonymous = platform.Factory.CreateHttpClient();

        foreach (var url in new[] { "/admin/tenants", "/admin/tenants/create", "/admin/tenants/met", "/admin/tenants/met/features", "/admin/modules" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task A_tenant_is_disabled_after_confirmation_and_enabled_again()
    {
        var created = await Forms.PostAsync(Admin, "/admin/tenants/create", "/admin/tenants/create", TenantForm("pageswitch", "a@pageswitch.example.org"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var details = await PageAsync("/admin/tenants/pageswitch");
        Assert.Contains("href=\"/admin/tenants/pageswitch/disable\"", details);

        var disabled = await Forms.PostAsync(Admin, "/admin/tenants/pageswitch/disable", "/admin/tenants/pageswitch/disable",
            new Dictionary<string, string> { ["versionId"] = (await platform.Factory.FindTenantAsync("pageswitch"))!.VersionId });

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(TenantState.Disabled, (await platform.Factory.FindTenantAsync("pageswitch"))!.State);
        Assert.Contains("is disabled", await PageAsync("/admin/tenants/pageswitch"));
        using var visitor = platform.Factory.CreateHttpClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await visitor.GetAsync("/pageswitch/")).StatusCode);

        var enabled = await Forms.PostAsync(Admin, "/admin/tenants/pageswitch/enable", "/admin/tenants/pageswitch/enable",
            new Dictionary<string, string> { ["versionId"] = (await platform.Factory.FindTenantAsync("pageswitch"))!.VersionId });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/pageswitch/")).StatusCode);
    }

    [Fact]
    public async Task The_platform_tenant_offers_no_disable_and_refuses_one()
    {
        var details = await PageAsync("/admin/tenants/Default");
        Assert.DoesNotContain("/admin/tenants/Default/disable", details);

        var response = await Forms.PostAsync(Admin, "/admin/tenants/Default/disable", "/admin/tenants/Default/disable",
            new Dictionary<string, string> { ["versionId"] = (await platform.Factory.FindTenantAsync("Default"))!.VersionId });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("cannot be disabled", Forms.Decode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(TenantState.Running, (await platform.Factory.FindTenantAsync("Default"))!.State);
    }

    [Fact]
    public async Task The_features_page_groups_features_and_explains_a_refusal()
    {
        var html = await PageAsync("/admin/tenants/met/features");
        Assert.Contains("Users and roles", html);
        Assert.Contains("Depends on", html);
        Assert.Contains("Needed by", html);
        Assert.Contains("Always enabled", html);

        var response = await Forms.PostAsync(Admin, "/admin/tenants/met/features", "/admin/tenants/met/features", new Dictionary<string, string>
        {
            ["FeatureId"] = "Portal.Users",
            ["Action"] = "disable",
            ["VersionId"] = (await platform.Factory.FindTenantAsync("met"))!.VersionId,
        });

        var refused = Forms.Decode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("govuk-error-summary", refused);
        Assert.Contains("always enabled", refused);
        Assert.Contains("href=\"#feature-Portal_Users\"", refused);
        Assert.Contains("id=\"feature-Portal_Users\"", refused);
    }

    [Fact]
    public async Task The_platform_features_page_refuses_to_disable_its_administration()
    {
        var response = await Forms.PostAsync(Admin, "/admin/tenants/Default/features", "/admin/tenants/Default/features", new Dictionary<string, string>
        {
            ["FeatureId"] = "Portal.Tenants",
            ["Action"] = "disable",
            ["VersionId"] = (await platform.Factory.FindTenantAsync("Default"))!.VersionId,
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("own administration", Forms.Decode(await response.Content.ReadAsStringAsync()));
        Assert.Contains("Portal.Tenants", (await platform.Factory.FindTenantAsync("Default"))!.EnabledFeatures);
    }

    [Fact]
    public async Task The_modules_page_lists_the_catalogue_and_refused_plugins()
    {
        var html = await PageAsync("/admin/modules");

        Assert.Contains("Portal.Tenants", html);
        Assert.Contains("Portal.Features", html);
        Assert.Contains("Platform only", html);
        Assert.Contains("Refused plug-ins", html);
    }

    [Fact]
    public async Task An_unknown_tenant_page_is_a_404()
    {
        await PageAsync("/admin/tenants/nosuchforce", HttpStatusCode.NotFound);
        await PageAsync("/admin/tenants/nosuchforce/features", HttpStatusCode.NotFound);
    }
}
