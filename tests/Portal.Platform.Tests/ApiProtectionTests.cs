using System.Net;
using System.Text;
using Portal.Platform.Tests.Support;

namespace Portal.Platform.Tests;

/// <summary>What the platform API refuses before it looks at the request: no session, a body that is not JSON, unknown fields.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApiProtectionTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("GET", "/api/modules")]
    [InlineData("GET", "/api/tenants")]
    [InlineData("GET", "/api/tenants/met")]
    [InlineData("GET", "/api/tenants/met/features")]
    [InlineData("POST", "/api/tenants")]
    [InlineData("POST", "/api/tenants/met/disable")]
    [InlineData("POST", "/api/tenants/met/features")]
    public async Task Without_a_session_the_api_answers_401_problem_json(string method, string url)
    {
        using var anonymous = platform.Factory.CreateHttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new StringContent("""{ "disable": [ "Portal.Users" ] }""", Encoding.UTF8, "application/json");
        }

        var response = await anonymous.SendAsync(request);

        await Api.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/api/tenants", "text/plain")]
    [InlineData("/api/tenants", "application/x-www-form-urlencoded")]
    [InlineData("/api/tenants/met/features", "text/plain")]
    [InlineData("/api/tenants/met/disable", "text/plain")]
    [InlineData("/api/tenants/met/enable", "multipart/form-data")]
    public async Task A_post_that_is_not_json_is_refused_with_415(string url, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent("""{ "name": "plainforce" }""", Encoding.UTF8, contentType),
        };

        var response = await platform.Admin.SendAsync(request);

        await Api.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(Portal.Abstractions.Shell.TenantState.Running, (await platform.Factory.FindTenantAsync("met"))!.State);
        Assert.Null(await platform.Factory.FindTenantAsync("plainforce"));
    }

    [Fact]
    public async Task A_post_without_a_content_type_is_refused_with_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants/met/disable");

        var response = await platform.Admin.SendAsync(request);

        await Api.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(Portal.Abstractions.Shell.TenantState.Running, (await platform.Factory.FindTenantAsync("met"))!.State);
    }

    [Fact]
    public async Task An_unknown_field_is_refused_naming_it()
    {
        var create = await Api.PostJsonAsync(platform.Admin, "/api/tenants",
            """{ "name": "typoforce", "displayName": "Typo", "recipe": "police-force", "adminEmail": "a@typo.example.org", "adminEmial": "x" }""");
        var features = await Api.PostJsonAsync(platform.Admin, "/api/tenants/met/features", """{ "enabel": [ "Portal.Users" ] }""");

        Assert.Contains("adminEmial", Api.Errors(await Api.ProblemAsync(create, HttpStatusCode.BadRequest)).Keys);
        Assert.Contains("enabel", Api.Errors(await Api.ProblemAsync(features, HttpStatusCode.BadRequest)).Keys);
        Assert.Null(await platform.Factory.FindTenantAsync("typoforce"));
    }

    [Theory]
    [InlineData("""{ "name": "typeforce", "hosts": "one.example.org" }""", "hosts")]
    [InlineData("""{ "name": 42 }""", "name")]
    [InlineData("""{ "name": "typeforce", """, "")]
    [InlineData("null", "")]
    public async Task A_body_of_the_wrong_shape_is_a_400_naming_the_field(string json, string field)
    {
        var response = await Api.PostJsonAsync(platform.Admin, "/api/tenants", json);

        Assert.Contains(field, Api.Errors(await Api.ProblemAsync(response, HttpStatusCode.BadRequest)).Keys);
        Assert.Null(await platform.Factory.FindTenantAsync("typeforce"));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_platform_api()
    {
        using var anonymous = platform.Factory.CreateHttpClient();

        var document = await Api.JsonAsync(await anonymous.GetAsync("/openapi/v1.json"));

        var paths = document["paths"]!.AsObject();
        foreach (var path in new[] { "/api/modules", "/api/tenants", "/api/tenants/{name}", "/api/tenants/{name}/features",
                     "/api/tenants/{name}/disable", "/api/tenants/{name}/enable" })
        {
            Assert.True(paths.ContainsKey(path), $"The OpenAPI document has no {path}.");
        }

        var create = paths["/api/tenants"]!["post"]!;
        Assert.Equal("CreateTenant", (string?)create["operationId"]);
        Assert.False(string.IsNullOrEmpty((string?)create["summary"]));
        Assert.NotNull(create["requestBody"]?["content"]?["application/json"]);
        Assert.NotNull(create["responses"]?["201"]);
        Assert.NotNull(create["responses"]?["409"]);
        // The admin pages are not part of the API.
        Assert.DoesNotContain(paths, p => p.Key.StartsWith("/admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tenant_has_no_platform_api()
    {
        using var metAdmin = await SignIn.AsAdminAsync(platform.Factory, "/met");

        Assert.Equal(HttpStatusCode.NotFound, (await metAdmin.GetAsync("/met/api/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await metAdmin.GetAsync("/met/api/modules")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await metAdmin.GetAsync("/met/admin/tenants")).StatusCode);
    }
}
