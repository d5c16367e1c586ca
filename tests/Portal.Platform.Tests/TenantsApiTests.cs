using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Portal.Abstractions.Shell;
using Portal.Platform.Tests.Support;

namespace Portal.Platform.Tests;

/// <summary><c>/api/tenants</c>: creating (and setting up), reading, disabling and enabling tenants, and what is refused.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TenantsApiTests(PlatformFixture platform)
{
    private HttpClient Admin => platform.Admin;

    private static object NewTenant(string name, string recipe = "police-force") => new
    {
        name,
        displayName = $"Force {name}",
        recipe,
        adminEmail = $"chief@{name}.example.org",
    };

    [Fact]
    public async Task Creating_a_tenant_sets_it_up_and_answers_its_admin_password_once()
    {
        var response = await Api.PostJsonAsync(Admin, "/api/tenants", NewTenant("happyforce"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/tenants/happyforce", response.Headers.Location?.OriginalString);
        var body = await Api.JsonAsync(response);
        Assert.Equal("happyforce", (string?)body["name"]);
        Assert.Equal("Running", (string?)body["state"]);
        Assert.Equal("happyforce", (string?)body["urlPrefix"]);
        Assert.Equal("police-force", (string?)body["setupRecipe"]);
        Assert.Equal($"\"{(string?)body["versionId"]}\"", Api.ETagOf(response));
        var password = (string?)body["initialAdminPassword"];
        Assert.NotNull(password);
        Assert.True(password.Length >= 12 && password.Any(char.IsUpper) && password.Any(char.IsLower) && password.Any(char.IsDigit)
            && password.Any(c => !char.IsLetterOrDigit(c)), "The generated password is not strong.");
        Assert.DoesNotContain(platform.Factory.Log.Lines, line => line.Contains(password, StringComparison.Ordinal));

        using var visitor = platform.Factory.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/happyforce/")).StatusCode);
        var admin = await visitor.GetAsync("/happyforce/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/happyforce/account/login", admin.Headers.Location?.OriginalString.Replace("http://localhost", ""));

        // The password is the real one: the tenant's administrator can sign in with it.
        using var tenantAdmin = await SignIn.AsAdminAsync(platform.Factory, "/happyforce", "chief@happyforce.example.org", password);

        // Read back: the password is never shown again, the features are the tenant's, not the platform's.
        var read = await Admin.GetAsync("/api/tenants/happyforce");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var tenant = await Api.JsonAsync(read);
        Assert.Null(tenant["initialAdminPassword"]);
        Assert.Equal(Api.ETagOf(response), Api.ETagOf(read));
        var features = tenant["enabledFeatures"]!.AsArray().Select(f => (string)f!).ToList();
        Assert.Contains("Portal.Users", features);
        Assert.DoesNotContain("Portal.Tenants", features);
        Assert.Equal("Force happyforce", (string?)tenant["displayName"]);
    }

    [Theory]
    [InlineData("Met")]
    [InlineData("m")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcde")]
    [InlineData("admin")]
    [InlineData("api")]
    [InlineData("_content")]
    [InlineData("me\"t")]
    [InlineData("met;drop")]
    [InlineData("m\u0435t")] // Cyrillic "е": looks like "met", is not.
    [InlineData("-met")]
    [InlineData("")]
    public async Task A_bad_name_is_refused_naming_the_field_and_nothing_is_created(string name)
    {
        var before = (await platform.Factory.AllTenantsAsync()).Count;

        var response = await Api.PostJsonAsync(Admin, "/api/tenants", NewTenant(name));

        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("name", Api.Errors(problem).Keys);
        Assert.Null(await platform.Factory.FindTenantAsync(name));
        Assert.Equal(before, (await platform.Factory.AllTenantsAsync()).Count);
    }

    [Fact]
    public async Task Every_bad_field_is_named_at_once()
    {
        var response = await Api.PostJsonAsync(Admin, "/api/tenants", new
        {
            name = "fieldsforce",
            displayName = "",
            urlPrefix = "Bad Prefix",
            hosts = new[] { "not a host", "*.uk" },
            recipe = "no-such-recipe",
            adminEmail = "not-an-email",
        });

        var errors = Api.Errors(await Api.ProblemAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(["adminEmail", "displayName", "hosts", "recipe", "urlPrefix"], errors.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(2, errors["hosts"].Length);
        Assert.Null(await platform.Factory.FindTenantAsync("fieldsforce"));
    }

    [Fact]
    public async Task A_platform_recipe_cannot_set_up_a_tenant()
    {
        var response = await Api.PostJsonAsync(Admin, "/api/tenants", NewTenant("demoforce", recipe: "demo"));

        var errors = Api.Errors(await Api.ProblemAsync(response, HttpStatusCode.BadRequest));
        Assert.Contains("recipe", errors.Keys);
        Assert.Null(await platform.Factory.FindTenantAsync("demoforce"));
    }

    [Fact]
    public async Task A_taken_name_or_prefix_is_a_conflict_and_changes_nothing()
    {
        var met = await Admin.GetAsync("/api/tenants/met");
        var metVersion = Api.ETagOf(met);

        var sameName = await Api.PostJsonAsync(Admin, "/api/tenants", NewTenant("met"));
        var samePrefix = await Api.PostJsonAsync(Admin, "/api/tenants", new
        {
            name = "metcopy", displayName = "Copy", urlPrefix = "met", recipe = "police-force", adminEmail = "a@copy.example.org",
        });

        Assert.Contains("name", Api.Errors(await Api.ProblemAsync(sameName, HttpStatusCode.Conflict)).Keys);
        Assert.Contains("urlPrefix", Api.Errors(await Api.ProblemAsync(samePrefix, HttpStatusCode.Conflict)).Keys);
        Assert.Null(await platform.Factory.FindTenantAsync("metcopy"));
        Assert.Equal(metVersion, Api.ETagOf(await Admin.GetAsync("/api/tenants/met")));
    }

    [Theory]
    [InlineData("badjson", "{ this is not json")]
    [InlineData("badstep", """{ "name": "x", "steps": [ { "name": "no-such-step" } ] }""")]
    [InlineData("badfeature", """{ "name": "x", "steps": [ { "name": "feature", "enable": [ "Portal.NoSuchFeature" ] } ] }""")]
    [InlineData("badusers", """{ "name": "x", "steps": [ { "name": "users", "users": [ { "email": "not-an-email", "password": "x" } ] } ] }""")]
    public async Task An_invalid_inline_recipe_is_refused_before_anything_is_created(string name, string recipeJson)
    {
        var response = await Api.PostJsonAsync(Admin, "/api/tenants", new
        {
            name, displayName = "Inline", recipeJson, adminEmail = "a@inline.example.org",
        });

        var errors = Api.Errors(await Api.ProblemAsync(response, HttpStatusCode.BadRequest));
        Assert.True(errors.ContainsKey("recipeJson"), string.Join("; ", errors.Keys));
        if (name == "badfeature")
        {
            Assert.Contains(errors["recipeJson"], m => m.Contains("Portal.NoSuchFeature", StringComparison.Ordinal));
        }

        Assert.Null(await platform.Factory.FindTenantAsync(name));
        Assert.Equal(HttpStatusCode.NotFound, (await Admin.GetAsync($"/api/tenants/{name}")).StatusCode);
    }

    [Fact]
    public async Task A_recipe_that_fails_while_running_leaves_the_tenant_uninitialized_with_the_reason()
    {
        // Valid to the validator (a password is there), refused by Identity when the user is created.
        const string recipe = """
            { "name": "weak-admin", "steps": [
                { "name": "users", "users": [ { "email": "{{AdminEmail}}", "password": "weak", "roles": [ "Administrator" ] } ] } ] }
            """;

        var response = await Api.PostJsonAsync(Admin, "/api/tenants", new
        {
            name = "weakforce", displayName = "Weak", recipeJson = recipe, adminEmail = "a@weak.example.org",
        });

        var problem = await Api.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("recipeJson", Api.Errors(problem).Keys);
        Assert.Equal("Uninitialized", (string?)problem["tenant"]?["state"]);
        Assert.Null(problem["initialAdminPassword"]);

        var tenant = await Api.JsonAsync(await Admin.GetAsync("/api/tenants/weakforce"));
        Assert.Equal("Uninitialized", (string?)tenant["state"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)tenant["setupError"]));

        using var visitor = platform.Factory.CreateHttpClient();
        var page = await visitor.GetAsync("/weakforce/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);

        // Never set up, so there is nothing to switch on.
        var enable = await Api.PostJsonAsync(Admin, "/api/tenants/weakforce/enable", "{}");
        await Api.ProblemAsync(enable, HttpStatusCode.Conflict);
        Assert.Equal(TenantState.Uninitialized, (await platform.Factory.FindTenantAsync("weakforce"))!.State);
    }

    [Fact]
    public async Task A_disabled_tenant_answers_503_until_it_is_enabled_again()
    {
        Assert.Equal(HttpStatusCode.Created, (await Api.PostJsonAsync(Admin, "/api/tenants", NewTenant("switchforce"))).StatusCode);
        using var visitor = platform.Factory.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/switchforce/")).StatusCode);

        var disabled = await Api.PostJsonAsync(Admin, "/api/tenants/switchforce/disable", "");
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal("Disabled", (string?)(await Api.JsonAsync(disabled))["state"]);
        var off = await visitor.GetAsync("/switchforce/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, off.StatusCode);
        Assert.NotNull(off.Headers.RetryAfter);

        var enabled = await Api.PostJsonAsync(Admin, "/api/tenants/switchforce/enable", "{}", ifMatch: Api.ETagOf(disabled));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal("Running", (string?)(await Api.JsonAsync(enabled))["state"]);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/switchforce/")).StatusCode);

        // The version the disable answered is stale now.
        var stale = await Api.PostJsonAsync(Admin, "/api/tenants/switchforce/disable", "{}", ifMatch: Api.ETagOf(disabled));
        await Api.ProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal(TenantState.Running, (await platform.Factory.FindTenantAsync("switchforce"))!.State);
    }

    [Fact]
    public async Task The_platform_tenant_cannot_be_disabled()
    {
        var response = await Api.PostJsonAsync(Admin, "/api/tenants/Default/disable", "{}");

        await Api.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(TenantState.Running, (await platform.Factory.FindTenantAsync("Default"))!.State);
    }

    [Fact]
    public async Task An_unknown_tenant_is_a_404()
    {
        await Api.ProblemAsync(await Admin.GetAsync("/api/tenants/nosuchforce"), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await Api.PostJsonAsync(Admin, "/api/tenants/nosuchforce/disable", "{}"), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await Api.PostJsonAsync(Admin, "/api/tenants/nosuchforce/enable", "{}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_shows_every_tenant_with_its_state()
    {
        var list = (await Api.JsonAsync(await Admin.GetAsync("/api/tenants"))).AsArray();

        var byName = list.ToDictionary(t => (string)t!["name"]!, t => t!.AsObject());
        Assert.Equal("Running", (string?)byName["Default"]["state"]);
        Assert.Equal("Metropolitan Police Service", (string?)byName["met"]["displayName"]);
        Assert.Equal("City of London Police", (string?)byName["city"]["displayName"]);
        Assert.Contains("Portal.Tenants", byName["Default"]["enabledFeatures"]!.AsArray().Select(f => (string)f!));
    }

    [Fact]
    public async Task An_unknown_prefix_is_a_404_with_no_tenants_content()
    {
        using var visitor = platform.Factory.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/nope/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await visitor.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Metropolitan Police Service", body);
        Assert.DoesNotContain("City of London Police", body);
    }
}
