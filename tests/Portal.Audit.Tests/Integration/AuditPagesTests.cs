using System.Net;
using Portal.Abstractions.Audit;
using Portal.Audit.Tests.Support;

namespace Portal.Audit.Tests.Integration;

/// <summary>The admin pages: search by GET (shareable), export links with the same search, verify by POST.</summary>
[Collection(AuditCollection.Name)]
public sealed class AuditPagesTests(AuditFixture fixture)
{
    private AuditPortalFactory Factory => fixture.Factory;
    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task The_search_page_lists_matches_and_links_exports_of_the_same_search()
    {
        var marker = "page" + Guid.NewGuid().ToString("N")[..10];
        await Factory.WriteAsync(new AuditEntry(AuditCategories.Permissions, "role-permissions-changed", AuditOutcome.Success, "Editors", marker + " <b>bold</b>"));

        var response = await Admin.GetAsync($"/admin/audit?q={marker}&category=permissions");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"govuk-heading-l\">Audit log</h1>", html);
        Assert.Contains("1 entry", html);
        Assert.Contains("role-permissions-changed", html);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
        Assert.Contains($"/api/audit/export.csv?category=permissions&amp;q={marker}", html);
        Assert.Contains($"/api/audit/export.json?category=permissions&amp;q={marker}", html);
        Assert.Contains("<option value=\"permissions\" selected=\"selected\">", html);
        // The admin side navigation has the item, marked as the current page.
        Assert.Matches("<li class=\"moj-side-navigation__item moj-side-navigation__item--active\">\\s*<a href=\"/admin/audit\"[^>]*>Audit log</a>", html);
    }

    [Fact]
    public async Task The_search_page_pages_fifty_at_a_time()
    {
        var marker = "pages" + Guid.NewGuid().ToString("N")[..10];
        for (var i = 0; i < 51; i++)
        {
            await Factory.WriteAsync(new AuditEntry(AuditCategories.Accounts, "paged", AuditOutcome.Success, "p" + i, marker));
        }

        var first = await (await Admin.GetAsync($"/admin/audit?q={marker}")).Content.ReadAsStringAsync();
        var second = await (await Admin.GetAsync($"/admin/audit?q={marker}&page=2")).Content.ReadAsStringAsync();

        Assert.Contains("Page 1 of 2", first);
        Assert.Contains($"/admin/audit?q={marker}&amp;page=2", first);
        Assert.Contains(">p50<", first);
        Assert.DoesNotContain(">p0<", first);
        Assert.Contains(">p0<", second);
        Assert.Contains("Page 2 of 2", second);
    }

    [Fact]
    public async Task Bad_search_values_are_shown_in_the_error_summary_linked_to_the_field()
    {
        var response = await Admin.GetAsync("/admin/audit?from=2026-02-01&to=2026-01-01&category=nope");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("<a href=\"#to\">The end date must be the same as or after the start date.</a>", html);
        Assert.Contains("href=\"#category\"", html);
        Assert.Contains("id=\"category-error\"", html);
    }

    [Fact]
    public async Task The_verify_page_checks_the_chain_on_post()
    {
        var form = await Admin.GetAsync("/admin/audit/verify");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        var response = await Browser.PostFormAsync(Admin, "/admin/audit/verify", "/admin/audit/verify", []);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("The audit log is intact: \\d+ entr(y|ies) checked.", html);
    }

    [Fact]
    public async Task Verify_without_the_antiforgery_token_is_refused()
    {
        var response = await Admin.PostAsync("/admin/audit/verify", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/audit")]
    [InlineData("/admin/audit/verify")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        using var anonymous = Factory.CreateHttpClient();

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/admin/audit")]
    [InlineData("/admin/audit/verify")]
    public async Task People_without_the_permission_are_denied(string path)
    {
        var email = $"pages-{Guid.NewGuid():N}@audit-tests.example.org";
        await Factory.CreateUserAsync(email, "No-Rights-Passw0rd!");
        using var user = await Browser.SignInAsync(Factory, email, "No-Rights-Passw0rd!");

        var response = await user.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("denied", StringComparison.OrdinalIgnoreCase)),
            $"{path} answered {(int)response.StatusCode} {response.Headers.Location}");
    }
}
