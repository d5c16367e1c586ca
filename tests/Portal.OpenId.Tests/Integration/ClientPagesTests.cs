using System.Net;
using System.Text.Json;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary>The admin pages for clients and scopes, driven over HTTP like a browser (cookies, antiforgery, no JS).</summary>
public sealed class ClientPagesTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private static List<KeyValuePair<string, string>> AutomationClient(string clientId, params (string Key, string Value)[] extra)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ClientId", clientId), new("DisplayName", "Automation " + clientId), new("Type", "confidential"),
            new("Grants", "client_credentials"), new("Scopes", "platform.read"), new("Roles", "Administrator"),
            new("RedirectUris", ""), new("PostLogoutRedirectUris", ""),
        };
        fields.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));
        return fields;
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> ClientCredentialsAsync(string clientId, string secret) =>
        factory.TokenAsync("", new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "platform.read",
        });

    private async Task<string> RegisterAsync(HttpClient admin, string clientId)
    {
        var response = await AdminBrowser.PostFormAsync(admin, "/admin/clients/create", "/admin/clients/create", AutomationClient(clientId));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {AdminBrowser.ErrorSummary(html)}");
        return AdminBrowser.SecretOn(html) ?? throw new Xunit.Sdk.XunitException("No secret on the page: " + AdminBrowser.ErrorSummary(html));
    }

    [Fact]
    public async Task A_confidential_client_registered_on_the_page_shows_its_secret_once_and_the_secret_works()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);

        var response = await AdminBrowser.PostFormAsync(admin, "/admin/clients/create", "/admin/clients/create",
            AutomationClient("page-automation", ("Sensitive", "true")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        var secret = AdminBrowser.SecretOn(html);
        Assert.False(string.IsNullOrEmpty(secret), "the confirmation page shows no secret");
        Assert.True(secret!.Length >= 40, $"the secret '{secret}' is too short to be 256 random bits");

        var (status, body) = await ClientCredentialsAsync("page-automation", secret);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));

        // Never again: not on the list, not on the client's page.
        var list = await admin.GetStringAsync("/admin/clients");
        Assert.Contains("page-automation", list);
        Assert.Contains(">sensitive<", list);
        Assert.DoesNotContain(secret, list);
        var edit = await admin.GetStringAsync("/admin/clients/page-automation");
        Assert.DoesNotContain(secret, edit);
        Assert.Contains("checked=\"checked\"", edit);

        // The page went through the registry, so the change is audited with who made it, and without the secret.
        var audit = await admin.GetAsync("/api/audit?category=clients&q=page-automation");
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        var entries = (await audit.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(entries);
        var created = json.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "client-created");
        Assert.Equal("page-automation", created.GetProperty("subject").GetString());
        Assert.Contains(OpenIdPortalFactory.AdminEmail, created.GetProperty("actor").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(secret, entries);
    }

    [Fact]
    public async Task A_bad_redirect_uri_is_a_field_error_in_the_summary_and_nothing_is_stored()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ClientId", "bad-redirect"), new("DisplayName", "Bad redirect"), new("Type", "confidential"),
            new("Grants", "authorization_code"), new("Scopes", "openid"),
            new("RedirectUris", "https://ok.example.org/cb\r\nhttps://app.example.org/cb#fragment"),
        };

        var response = await AdminBrowser.PostFormAsync(admin, "/admin/clients/create", "/admin/clients/create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var summary = AdminBrowser.ErrorSummary(html);
        Assert.Contains("href=\"#RedirectUris\"", summary);
        Assert.Contains("fragment", summary);
        Assert.Contains("id=\"RedirectUris-error\"", html);
        Assert.Null(AdminBrowser.SecretOn(html));
        // What was typed comes back for correction.
        Assert.Contains("https://ok.example.org/cb", html);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/clients/bad-redirect")).StatusCode);
    }

    [Theory]
    [InlineData("Grants", "public", "client_credentials", "")]
    [InlineData("Roles", "confidential", "client_credentials", "Administrator,,Auditor")]
    [InlineData("ClientId", "confidential", "client_credentials", "")]
    public async Task Other_bad_input_names_its_field_and_stores_nothing(string field, string type, string grant, string roles)
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        var clientId = field == "ClientId" ? "x" : "bad-" + field.ToLowerInvariant();
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ClientId", clientId), new("DisplayName", "Bad"), new("Type", type), new("Grants", grant), new("Roles", roles),
        };

        var response = await AdminBrowser.PostFormAsync(admin, "/admin/clients/create", "/admin/clients/create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"href=\"#{field}\"", AdminBrowser.ErrorSummary(await response.Content.ReadAsStringAsync()));
        Assert.DoesNotContain($"<code>{clientId}</code>", await admin.GetStringAsync("/admin/clients"));
    }

    [Fact]
    public async Task A_duplicate_client_id_is_refused_and_the_existing_client_keeps_working()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);

        var response = await AdminBrowser.PostFormAsync(admin, "/admin/clients/create", "/admin/clients/create", AutomationClient("platform-automation"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("already exists", AdminBrowser.ErrorSummary(html));
        Assert.Contains("href=\"#ClientId\"", AdminBrowser.ErrorSummary(html));
        Assert.Null(AdminBrowser.SecretOn(html));
        Assert.Equal(HttpStatusCode.OK, (await ClientCredentialsAsync("platform-automation", OpenIdPortalFactory.ClientSecret)).Status);
    }

    [Fact]
    public async Task Deleting_a_client_after_confirmation_makes_the_token_endpoint_refuse_it()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        var secret = await RegisterAsync(admin, "to-delete");
        Assert.Equal(HttpStatusCode.OK, (await ClientCredentialsAsync("to-delete", secret)).Status);

        var confirm = await admin.GetAsync("/admin/clients/to-delete/delete");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Yes, delete this client", await confirm.Content.ReadAsStringAsync());
        var response = await AdminBrowser.PostFormAsync(admin, "/admin/clients/to-delete/delete", "/admin/clients/to-delete/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (status, body) = await ClientCredentialsAsync("to-delete", secret);
        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/clients/to-delete")).StatusCode);
    }

    [Fact]
    public async Task Regenerating_a_secret_shows_the_new_one_once_and_the_old_one_stops_working()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        var old = await RegisterAsync(admin, "to-rotate");
        // Used once first, so that the server has checked (and may remember) the old secret.
        Assert.Equal(HttpStatusCode.OK, (await ClientCredentialsAsync("to-rotate", old)).Status);
        Assert.Equal("invalid_client", (await ClientCredentialsAsync("to-rotate", old + "x")).Body.GetProperty("error").GetString());

        var response = await AdminBrowser.PostFormAsync(admin, "/admin/clients/to-rotate/secret", "/admin/clients/to-rotate/secret", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var fresh = AdminBrowser.SecretOn(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(fresh));
        Assert.NotEqual(old, fresh);
        Assert.Equal("invalid_client", (await ClientCredentialsAsync("to-rotate", old)).Body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ClientCredentialsAsync("to-rotate", fresh!)).Status);
    }

    [Fact]
    public async Task The_consent_choice_is_stored_from_the_form_and_an_unknown_one_is_a_field_error()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        await RegisterAsync(admin, "consent-form");
        Assert.Equal("implicit", CheckedConsent(await admin.GetStringAsync("/admin/clients/consent-form")));

        var saved = await AdminBrowser.PostFormAsync(admin, "/admin/clients/consent-form", "/admin/clients/consent-form",
            AutomationClient("consent-form", ("Consent", "explicit")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("explicit", CheckedConsent(await admin.GetStringAsync("/admin/clients/consent-form")));

        var refused = await AdminBrowser.PostFormAsync(admin, "/admin/clients/consent-form", "/admin/clients/consent-form",
            AutomationClient("consent-form", ("Consent", "sometimes")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("href=\"#Consent\"", AdminBrowser.ErrorSummary(await refused.Content.ReadAsStringAsync()));
        Assert.Equal("explicit", CheckedConsent(await admin.GetStringAsync("/admin/clients/consent-form")));
    }

    /// <summary>The value of the consent radio the page shows checked (null when none is).</summary>
    private static string? CheckedConsent(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, @"<input[^>]*name=""Consent""[^>]*value=""([a-z]+)""[^>]*checked=""checked""");
        return match.Success ? match.Groups[1].Value : null;
    }

    [Fact]
    public async Task Changing_a_client_on_its_page_is_stored_and_a_bad_change_is_not()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        await RegisterAsync(admin, "to-change");

        var saved = await AdminBrowser.PostFormAsync(admin, "/admin/clients/to-change", "/admin/clients/to-change",
            AutomationClient("ignored-id", ("Scopes", "routing.read")).Where(f => f.Key != "DisplayName").Append(new("DisplayName", "Renamed")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await admin.GetStringAsync("/admin/clients/to-change");
        Assert.Contains("value=\"Renamed\"", page);
        Assert.Contains("value=\"routing.read\" checked=\"checked\"", page);

        var refused = await AdminBrowser.PostFormAsync(admin, "/admin/clients/to-change", "/admin/clients/to-change",
            AutomationClient("to-change", ("Scopes", "no.such.scope")));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("href=\"#Scopes\"", AdminBrowser.ErrorSummary(await refused.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("no.such.scope", await admin.GetStringAsync("/admin/clients"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/clients/ignored-id")).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        await admin.GetAsync("/admin/clients/create");

        var response = await admin.PostAsync("/admin/clients/create", new FormUrlEncodedContent(AutomationClient("no-antiforgery")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/clients/no-antiforgery")).StatusCode);
        var delete = await admin.PostAsync("/admin/clients/platform-automation/delete", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ClientCredentialsAsync("platform-automation", OpenIdPortalFactory.ClientSecret)).Status);
    }

    [Fact]
    public async Task The_scopes_page_lists_each_scope_with_its_description_and_the_admin_menu_links_both_pages()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);

        var html = await admin.GetStringAsync("/admin/scopes");

        Assert.Contains("<code>platform.read</code>", html);
        Assert.Contains("Read tenants, modules and features", html);
        Assert.Contains("<code>sensitive</code>", html);
        Assert.Contains("href=\"/admin/clients\"", html);
        Assert.Contains("href=\"/admin/scopes\"", html);
    }

    [Fact]
    public async Task A_user_without_ManageClients_is_denied_the_pages()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        await AdminBrowser.CreateUserAsync(admin, "plain@openid-tests.example.org");
        using var user = await AdminBrowser.SignInAsync(factory, "plain@openid-tests.example.org", AdminBrowser.UserPassword);

        foreach (var path in new[] { "/admin/clients", "/admin/clients/create", "/admin/clients/platform-automation", "/admin/scopes" })
        {
            var response = await user.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var target = response.Headers.Location!.OriginalString;
            Assert.Contains("/account/access-denied", target);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(target)).StatusCode);
        }

        // Nor can such a user change anything: authorization refuses the post before the form is even read.
        var post = await user.PostAsync("/admin/clients/platform-automation/delete", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/account/access-denied", post.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await ClientCredentialsAsync("platform-automation", OpenIdPortalFactory.ClientSecret)).Status);
    }

    [Theory]
    [InlineData("/admin/clients")]
    [InlineData("/admin/clients/create")]
    [InlineData("/admin/clients/platform-automation")]
    [InlineData("/admin/clients/platform-automation/delete")]
    [InlineData("/admin/scopes")]
    public async Task An_anonymous_visitor_is_sent_to_sign_in(string path)
    {
        using var anonymous = factory.CreateBrowser();

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }
}
