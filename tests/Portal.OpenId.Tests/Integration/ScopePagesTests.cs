using System.Net;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary>The admin pages for scopes, driven over HTTP like a browser (cookies, antiforgery, no JS).</summary>
public sealed class ScopePagesTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private readonly ScopesApiClient _api = new(factory);

    private static List<KeyValuePair<string, string>> Fields(string name, string displayName, string description = "", string resources = "") =>
    [
        new("Name", name), new("DisplayName", displayName), new("Description", description), new("Resources", resources),
    ];

    [Fact]
    public async Task A_scope_is_added_changed_and_deleted_on_the_pages_and_offered_on_the_client_form()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);

        var created = await AdminBrowser.PostFormAsync(admin, "/admin/scopes/create", "/admin/scopes/create",
            Fields("cases.read", "Read cases", "Case files, without personal data", "https://api.example.org/cases\r\ncases-api"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await admin.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("govuk-notification-banner--success", list);
        Assert.Contains("The scope cases.read was created", list);
        Assert.Contains("<code>cases.read</code>", list);
        Assert.Contains("cases-api, https://api.example.org/cases", list);
        Assert.Contains("href=\"/admin/scopes/cases.read/delete\"", list);
        Assert.Contains("value=\"cases.read\"", await admin.GetStringAsync("/admin/clients/create"));

        var saved = await AdminBrowser.PostFormAsync(admin, "/admin/scopes/cases.read/edit", "/admin/scopes/cases.read/edit",
            Fields("ignored.name", "Read case files", "", "cases-api"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = await admin.GetStringAsync("/admin/scopes/cases.read/edit");
        Assert.Contains("value=\"Read case files\"", edit);
        Assert.DoesNotContain("https://api.example.org/cases", edit);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("ignored.name")).Status);

        var confirm = await admin.GetStringAsync("/admin/scopes/cases.read/delete");
        Assert.Contains("Yes, delete this scope", confirm);
        var deleted = await AdminBrowser.PostFormAsync(admin, "/admin/scopes/cases.read/delete", "/admin/scopes/cases.read/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/scopes/cases.read/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("cases.read")).Status);

        var audit = await _api.AuditAsync("scopes", "cases.read");
        Assert.Equal(["scope-created", "scope-deleted", "scope-updated"], audit.Select(e => e.GetProperty("action").GetString()!).Order().ToArray());
        Assert.All(audit, e => Assert.Contains(OpenIdPortalFactory.AdminEmail, e.GetProperty("actor").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Bad_input_shows_the_error_summary_linking_to_each_field_and_stores_nothing()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        var before = await _api.NamesAsync();

        var response = await AdminBrowser.PostFormAsync(admin, "/admin/scopes/create", "/admin/scopes/create",
            Fields("Bad Name", "", "", "two words"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var summary = AdminBrowser.ErrorSummary(html);
        Assert.Contains("href=\"#Name\"", summary);
        Assert.Contains("href=\"#DisplayName\"", summary);
        Assert.Contains("href=\"#Resources\"", summary);
        Assert.Contains("id=\"Name-error\"", html);
        Assert.Contains("id=\"DisplayName-error\"", html);
        // What was typed comes back for correction.
        Assert.Contains("value=\"Bad Name\"", html);
        Assert.Equal(before, await _api.NamesAsync());
    }

    [Fact]
    public async Task A_duplicate_name_is_a_field_error_and_the_existing_scope_is_unchanged()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);

        var response = await AdminBrowser.PostFormAsync(admin, "/admin/scopes/create", "/admin/scopes/create", Fields("platform.read", "Taken"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = AdminBrowser.ErrorSummary(await response.Content.ReadAsStringAsync());
        Assert.Contains("already exists", summary);
        Assert.Contains("href=\"#Name\"", summary);
        Assert.Equal("Read tenants, modules and features", (await _api.GetAsync("platform.read")).Body.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_built_in_scope_is_tagged_has_no_delete_action_and_cannot_be_deleted_by_a_post()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);

        var list = await admin.GetStringAsync("/admin/scopes");
        Assert.Contains("Built in", list);
        Assert.DoesNotContain("href=\"/admin/scopes/openid/delete\"", list);
        Assert.Contains("href=\"/admin/scopes/openid/edit\"", list);
        var edit = await admin.GetStringAsync("/admin/scopes/openid/edit");
        Assert.DoesNotContain("Delete scope", edit);
        Assert.DoesNotContain("id=\"Resources\"", edit);
        var confirm = await admin.GetStringAsync("/admin/scopes/openid/delete");
        Assert.DoesNotContain("Yes, delete this scope", confirm);

        // A post made anyway (with a token from a form that has one) is refused.
        var response = await AdminBrowser.PostFormAsync(admin, "/admin/scopes/openid/edit", "/admin/scopes/openid/delete", []);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("comes with the portal", AdminBrowser.ErrorSummary(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("openid")).Status);

        // Its text may change.
        var saved = await AdminBrowser.PostFormAsync(admin, "/admin/scopes/roles/edit", "/admin/scopes/roles/edit",
            Fields("roles", "Your roles in this tenant", "Role names, for the applications that need them"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Your roles in this tenant", (await _api.GetAsync("roles")).Body.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_scope_given_to_a_client_names_the_client_on_the_delete_page_and_is_not_deleted()
    {
        await _api.CreateOkAsync("held.scope", "Held");
        await _api.CreateClientAsync("holder-robot", "held.scope");
        using var admin = await AdminBrowser.SignInAsync(factory);

        var confirm = await admin.GetStringAsync("/admin/scopes/held.scope/delete");
        Assert.Contains("<code>holder-robot</code>", confirm);
        Assert.Contains("href=\"/admin/clients/holder-robot\"", confirm);
        Assert.DoesNotContain("Yes, delete this scope", confirm);

        var response = await AdminBrowser.PostFormAsync(admin, "/admin/scopes/held.scope/edit", "/admin/scopes/held.scope/delete", []);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("holder-robot", AdminBrowser.ErrorSummary(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("held.scope")).Status);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        await _api.CreateOkAsync("guarded.scope", "Guarded");
        await admin.GetAsync("/admin/scopes/create");

        var create = await admin.PostAsync("/admin/scopes/create", new FormUrlEncodedContent(Fields("no.antiforgery", "No token")));
        var delete = await admin.PostAsync("/admin/scopes/guarded.scope/delete", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("no.antiforgery")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("guarded.scope")).Status);
    }

    [Fact]
    public async Task A_user_without_ManageClients_is_denied_and_an_anonymous_visitor_sent_to_sign_in()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        await AdminBrowser.CreateUserAsync(admin, "plain-scopes@openid-tests.example.org");
        using var user = await AdminBrowser.SignInAsync(factory, "plain-scopes@openid-tests.example.org", AdminBrowser.UserPassword);
        using var anonymous = factory.CreateBrowser();

        foreach (var path in new[] { "/admin/scopes/create", "/admin/scopes/openid/edit", "/admin/scopes/openid/delete" })
        {
            var denied = await user.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.Contains("/account/access-denied", denied.Headers.Location!.OriginalString);
            var challenged = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
            Assert.Contains("/account/login", challenged.Headers.Location!.OriginalString);
        }

        var post = await user.PostAsync("/admin/scopes/create", new FormUrlEncodedContent(Fields("user.scope", "By a user")));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/account/access-denied", post.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("user.scope")).Status);
    }

    [Fact]
    public async Task An_unknown_scope_has_no_page()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/scopes/no.such.scope/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/scopes/no.such.scope/delete")).StatusCode);
    }
}
