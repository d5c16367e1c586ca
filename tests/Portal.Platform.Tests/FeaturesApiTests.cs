using System.Net;
using System.Text.Json.Nodes;
using Portal.Platform.Tests.Support;

namespace Portal.Platform.Tests;

/// <summary><c>/api/modules</c> and <c>/api/tenants/{name}/features</c>: the catalogue, and changing a tenant's features safely.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FeaturesApiTests(PlatformFixture platform)
{
    private HttpClient Admin => platform.Admin;

    private async Task<string> CreateTenantAsync(string name)
    {
        var response = await Api.PostJsonAsync(Admin, "/api/tenants", new
        {
            name, displayName = name, recipe = "police-force", adminEmail = $"a@{name}.example.org",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Api.ETagOf(response);
    }

    [Fact]
    public async Task The_catalogue_lists_every_feature_with_its_dependencies_and_dependents()
    {
        var response = await Admin.GetAsync("/api/modules");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var catalogue = await Api.JsonAsync(response);
        var features = catalogue["features"]!.AsArray().ToDictionary(f => (string)f!["id"]!, f => f!.AsObject());
        Assert.Equal(["Portal.Tenants"], Ids(features["Portal.Features"]["dependencies"]));
        Assert.Contains("Portal.Features", Ids(features["Portal.Tenants"]["dependents"]));
        Assert.Contains("Portal.Users", Ids(features["Portal.Tenants"]["dependencies"]));
        Assert.True((bool)features["Portal.Users"]["alwaysEnabled"]!);
        Assert.True((bool)features["Portal.Tenants"]["defaultTenantOnly"]!);
        Assert.True((bool)features["Portal.Themes.GovUk"]["isTheme"]!);
        Assert.False((bool)features["Portal.Tenants"]["isPlugin"]!);
        Assert.Equal("Platform", (string?)features["Portal.Tenants"]["category"]);
        Assert.False(string.IsNullOrEmpty((string?)features["Portal.Tenants"]["description"]));
        Assert.Contains(catalogue["modules"]!.AsArray(), m => (string?)m!["id"] == "Portal.Features");
        Assert.NotNull(catalogue["refusedPlugins"] as JsonArray);
    }

    [Fact]
    public async Task A_tenants_features_show_what_is_enabled_and_what_a_change_would_bring()
    {
        var response = await Admin.GetAsync("/api/tenants/met/features");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Api.JsonAsync(response);
        Assert.Equal($"\"{(string?)body["versionId"]}\"", Api.ETagOf(response));
        Assert.Contains("Portal.Users", Ids(body["enabled"]));
        var features = body["features"]!.AsArray().ToDictionary(f => (string)f!["id"]!, f => f!.AsObject());
        Assert.True((bool)features["Portal.Users"]["enabled"]!);
        Assert.True((bool)features["Portal.Users"]["alwaysEnabled"]!);
        // The platform's own features are not offered to a tenant.
        Assert.False(features.ContainsKey("Portal.Tenants"));

        // On the platform, disabling Tenants would take Features along, and is refused: it runs the administration.
        var platformFeatures = (await Api.JsonAsync(await Admin.GetAsync("/api/tenants/Default/features")))["features"]!.AsArray()
            .ToDictionary(f => (string)f!["id"]!, f => f!.AsObject());
        Assert.Contains("Portal.Features", Ids(platformFeatures["Portal.Tenants"]["alsoDisables"]));
        Assert.NotNull((string?)platformFeatures["Portal.Tenants"]["cannotChange"]);
    }

    [Fact]
    public async Task An_unknown_feature_is_refused_naming_it()
    {
        var before = Api.ETagOf(await Admin.GetAsync("/api/tenants/met"));

        var response = await Api.PostJsonAsync(Admin, "/api/tenants/met/features", new { enable = new[] { "Portal.NoSuchFeature" } });

        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Api.Errors(problem)["enable"], m => m.Contains("Portal.NoSuchFeature", StringComparison.Ordinal));
        Assert.Equal("Portal.NoSuchFeature", (string?)problem["featureId"]);
        Assert.Equal(before, Api.ETagOf(await Admin.GetAsync("/api/tenants/met")));
    }

    [Fact]
    public async Task A_platform_only_feature_cannot_be_enabled_for_a_tenant()
    {
        var response = await Api.PostJsonAsync(Admin, "/api/tenants/met/features", new { enable = new[] { "Portal.Tenants" } });

        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Portal.Tenants", (string?)problem["featureId"]);
        Assert.DoesNotContain("Portal.Tenants", Ids((await Api.JsonAsync(await Admin.GetAsync("/api/tenants/met")))["enabledFeatures"]));
    }

    [Fact]
    public async Task Disabling_an_always_enabled_feature_is_a_conflict()
    {
        var response = await Api.PostJsonAsync(Admin, "/api/tenants/met/features", new { disable = new[] { "Portal.Users" } });

        var problem = await Api.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("Portal.Users", (string?)problem["featureId"]);
        Assert.Contains("always enabled", (string?)problem["detail"]);
        Assert.Contains("Portal.Users", Ids((await Api.JsonAsync(await Admin.GetAsync("/api/tenants/met")))["enabledFeatures"]));
    }

    [Fact]
    public async Task The_platform_keeps_its_own_administration()
    {
        var response = await Api.PostJsonAsync(Admin, "/api/tenants/Default/features", new { disable = new[] { "Portal.Tenants" } });

        await Api.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await Admin.GetAsync("/api/tenants")).StatusCode);
    }

    [Fact]
    public async Task Two_changes_from_the_same_version_the_second_is_a_conflict()
    {
        var version = await CreateTenantAsync("etagforce");
        var change = new { enable = new[] { "Portal.Themes.Admin" } };

        var first = await Api.PostJsonAsync(Admin, "/api/tenants/etagforce/features", change, ifMatch: version);
        var second = await Api.PostJsonAsync(Admin, "/api/tenants/etagforce/features", change, ifMatch: version);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var result = await Api.JsonAsync(first);
        Assert.Contains("Portal.Themes.Admin", Ids(result["enabled"]));
        Assert.NotEqual(version, Api.ETagOf(first));
        Assert.Equal($"\"{(string?)result["versionId"]}\"", Api.ETagOf(first));
        await Api.ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal(Api.ETagOf(first), Api.ETagOf(await Admin.GetAsync("/api/tenants/etagforce")));

        // With the new version the change goes through.
        var third = await Api.PostJsonAsync(Admin, "/api/tenants/etagforce/features", change, ifMatch: Api.ETagOf(first));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Fact]
    public async Task Features_of_an_unknown_tenant_are_a_404()
    {
        await Api.ProblemAsync(await Admin.GetAsync("/api/tenants/nosuchforce/features"), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await Api.PostJsonAsync(Admin, "/api/tenants/nosuchforce/features", new { enable = new[] { "Portal.Users" } }),
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_empty_change_is_refused()
    {
        var response = await Api.PostJsonAsync(Admin, "/api/tenants/met/features", "{}");

        await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    private static List<string> Ids(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();
}
