using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary><c>/api/scopes</c>: what it does, and what it refuses with the stored scopes left as they were.</summary>
public sealed class ScopesApiTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private readonly ScopesApiClient _api = new(factory);

    [Fact]
    public async Task A_scope_is_created_read_changed_and_deleted_and_each_change_is_audited()
    {
        var created = await _api.CreateAsync(new
        {
            name = "reports.read", displayName = "Read reports", description = "Decision reports, published parts only",
            resources = new[] { "https://api.example.org/reports" },
        });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("reports.read", created.Body.GetProperty("name").GetString());
        Assert.False(created.Body.GetProperty("builtIn").GetBoolean());

        var list = await _api.SendAsync(HttpMethod.Get, "/api/scopes");
        var listed = list.Body.EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.False(listed["reports.read"].GetProperty("builtIn").GetBoolean());
        Assert.Equal("Decision reports, published parts only", listed["reports.read"].GetProperty("description").GetString());
        foreach (var builtIn in new[] { "openid", "offline_access", "sensitive", "platform.read" })
        {
            Assert.True(listed[builtIn].GetProperty("builtIn").GetBoolean(), builtIn);
        }

        var read = await _api.GetAsync("reports.read");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal("Read reports", read.Body.GetProperty("displayName").GetString());
        Assert.Equal(["https://api.example.org/reports"], read.Body.GetProperty("resources").EnumerateArray().Select(r => r.GetString()!).ToArray());

        var changed = await _api.SendAsync(HttpMethod.Put, "/api/scopes/reports.read", new
        {
            displayName = "Read decision reports", resources = new[] { "https://api.example.org/reports", "reports-api" },
        });
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        read = await _api.GetAsync("reports.read");
        Assert.Equal("Read decision reports", read.Body.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, read.Body.GetProperty("description").ValueKind);
        Assert.Equal(2, read.Body.GetProperty("resources").GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await _api.SendAsync(HttpMethod.Delete, "/api/scopes/reports.read")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("reports.read")).Status);

        var audit = await _api.AuditAsync("scopes", "reports.read");
        Assert.Equal(["scope-created", "scope-deleted", "scope-updated"], audit.Select(e => e.GetProperty("action").GetString()!).Order().ToArray());
        Assert.All(audit, e => Assert.Equal("reports.read", e.GetProperty("subject").GetString()));
        Assert.All(audit, e => Assert.Equal("Platform automation", e.GetProperty("actor").GetString()));
    }

    public static TheoryData<string, string> BadScopes => new()
    {
        { "name", """{"name": "Reports.Read", "displayName": "Upper case"}""" },
        { "name", """{"name": "reports read", "displayName": "A space"}""" },
        { "name", """{"name": "r", "displayName": "Too short"}""" },
        { "name", $$"""{"name": "{{new string('r', 101)}}", "displayName": "Too long"}""" },
        { "name", """{"displayName": "No name"}""" },
        { "displayName", """{"name": "no.display.name"}""" },
        { "displayName", """{"name": "blank.display.name", "displayName": "   "}""" },
        { "displayName", $$"""{"name": "long.display.name", "displayName": "{{new string('d', 201)}}"}""" },
        { "description", $$"""{"name": "long.description", "displayName": "D", "description": "{{new string('d', 1001)}}"}""" },
        { "resources", """{"name": "spaced.resource", "displayName": "R", "resources": ["two words"]}""" },
        { "resources", """{"name": "empty.resource", "displayName": "R", "resources": [""]}""" },
        { "resources", $$"""{"name": "long.resource", "displayName": "R", "resources": ["{{new string('r', 201)}}"]}""" },
        { "frobnicate", """{"name": "unknown.field", "displayName": "U", "frobnicate": true}""" },
        { "resources", """{"name": "wrong.type", "displayName": "W", "resources": "not-a-list"}""" },
    };

    [Theory]
    [MemberData(nameof(BadScopes))]
    public async Task Bad_input_is_a_400_problem_naming_the_field_and_nothing_is_stored(string field, string json)
    {
        var before = await _api.NamesAsync();

        var answer = await _api.SendAsync(HttpMethod.Post, "/api/scopes", rawJson: json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Contains(field, answer.ErrorFields);
        Assert.Equal(before, await _api.NamesAsync());
    }

    [Theory]
    [InlineData("dup.scope")]
    [InlineData("openid")]
    public async Task A_name_that_exists_is_a_409_and_the_stored_scope_is_unchanged(string name)
    {
        if (name == "dup.scope")
        {
            await _api.CreateOkAsync(name, "The first one");
        }

        var before = (await _api.GetAsync(name)).Body.GetProperty("displayName").GetString();

        var answer = await _api.CreateAsync(new { name, displayName = "The second one" });

        Assert.Equal(HttpStatusCode.Conflict, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Contains("already exists", answer.Body.GetProperty("detail").GetString());
        Assert.Equal(before, (await _api.GetAsync(name)).Body.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task A_built_in_scope_cannot_be_deleted_but_its_text_can_change_and_its_resources_cannot()
    {
        var refused = await _api.SendAsync(HttpMethod.Delete, "/api/scopes/offline_access");
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("application/problem+json", refused.MediaType);
        Assert.Contains("comes with the portal", refused.Body.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("offline_access")).Status);

        var resources = await _api.SendAsync(HttpMethod.Put, "/api/scopes/routing.events", new { displayName = "Events", resources = new[] { "elsewhere" } });
        Assert.Equal(HttpStatusCode.BadRequest, resources.Status);
        Assert.Contains("resources", resources.ErrorFields);
        Assert.Equal("Receive call routing events", (await _api.GetAsync("routing.events")).Body.GetProperty("displayName").GetString());

        var changed = await _api.SendAsync(HttpMethod.Put, "/api/scopes/routing.events", new { displayName = "Call routing events", description = "For the control room's feed" });
        Assert.Equal(HttpStatusCode.OK, changed.Status);
        var read = await _api.GetAsync("routing.events");
        Assert.Equal("Call routing events", read.Body.GetProperty("displayName").GetString());
        Assert.Equal("For the control room's feed", read.Body.GetProperty("description").GetString());
        Assert.True(read.Body.GetProperty("builtIn").GetBoolean());
        Assert.Equal(0, read.Body.GetProperty("resources").GetArrayLength());
    }

    [Fact]
    public async Task A_scope_permitted_to_a_client_cannot_be_deleted_and_the_refusal_names_the_client()
    {
        await _api.CreateOkAsync("inuse.scope");
        await _api.CreateClientAsync("inuse-robot", "inuse.scope");

        var refused = await _api.SendAsync(HttpMethod.Delete, "/api/scopes/inuse.scope");

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("application/problem+json", refused.MediaType);
        Assert.Contains("inuse-robot", refused.Body.GetProperty("detail").GetString());
        Assert.Equal(["inuse-robot"], refused.Body.GetProperty("clients").EnumerateArray().Select(c => c.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("inuse.scope")).Status);

        // Once no client holds it, it goes.
        var client = await _api.SendAsync(HttpMethod.Put, "/api/clients/inuse-robot", new
        {
            displayName = "Client inuse-robot", type = "confidential", grants = new[] { "client_credentials" }, scopes = Array.Empty<string>(),
        });
        Assert.Equal(HttpStatusCode.OK, client.Status);
        Assert.Equal(HttpStatusCode.NoContent, (await _api.SendAsync(HttpMethod.Delete, "/api/scopes/inuse.scope")).Status);
    }

    [Fact]
    public async Task A_scope_name_cannot_be_changed()
    {
        await _api.CreateOkAsync("fixed.name", "Fixed");

        var answer = await _api.SendAsync(HttpMethod.Put, "/api/scopes/fixed.name", new { name = "other.name", displayName = "Renamed" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("name", answer.ErrorFields);
        Assert.Equal("Fixed", (await _api.GetAsync("fixed.name")).Body.GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("other.name")).Status);
    }

    [Fact]
    public async Task An_update_with_bad_input_changes_nothing()
    {
        await _api.CreateOkAsync("kept.scope", "Kept");

        var answer = await _api.SendAsync(HttpMethod.Put, "/api/scopes/kept.scope", rawJson: """{"displayName": "", "resources": ["a b"]}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("displayName", answer.ErrorFields);
        Assert.Contains("resources", answer.ErrorFields);
        Assert.Equal("Kept", (await _api.GetAsync("kept.scope")).Body.GetProperty("displayName").GetString());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task An_unknown_scope_is_a_404_problem(string method)
    {
        var answer = await _api.SendAsync(new HttpMethod(method), "/api/scopes/no.such.scope", method == "PUT" ? new { displayName = "X" } : null);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        Assert.Contains("no.such.scope", answer.Body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_a_token_it_is_401_and_without_the_permission_403_and_nothing_is_stored()
    {
        using var anonymous = factory.CreateApiClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/scopes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/scopes", new { name = "anon.scope", displayName = "A" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/scopes/platform.read")).StatusCode);

        // A client without roles holds a valid token but not the permission.
        var secret = await _api.CreateClientAsync("scopes-no-roles", "platform.read");
        var token = await factory.TokenAsync("", new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "scopes-no-roles", ["client_secret"] = secret, ["scope"] = "platform.read",
        });
        using var unprivileged = factory.BearerClient(token.Body.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.Forbidden, (await unprivileged.GetAsync("/api/scopes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unprivileged.PostAsJsonAsync("/api/scopes", new { name = "forbidden.scope", displayName = "F" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unprivileged.PutAsJsonAsync("/api/scopes/platform.read", new { displayName = "F" })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("anon.scope")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync("forbidden.scope")).Status);
        Assert.Equal("Read tenants, modules and features", (await _api.GetAsync("platform.read")).Body.GetProperty("displayName").GetString());
    }
}
