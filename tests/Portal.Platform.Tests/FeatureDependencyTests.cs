using System.Net;
using System.Text.Json.Nodes;
using Portal.Platform.Tests.Support;

namespace Portal.Platform.Tests;

/// <summary>
/// Features that depend on each other (from the test plug-in): an enable brings its dependencies, a disable takes
/// its dependents, and the admin page asks before it does. Also the catalogue's plug-in and refused plug-in.
/// </summary>
[Collection(PluginPlatformCollection.Name)]
public sealed class FeatureDependencyTests(PluginPlatformFixture platform)
{
    private HttpClient Admin => platform.Admin;

    private async Task CreateTenantAsync(string name) =>
        Assert.Equal(HttpStatusCode.Created, (await Api.PostJsonAsync(Admin, "/api/tenants", new
        {
            name, displayName = name, recipe = "police-force", adminEmail = $"a@{name}.example.org",
        })).StatusCode);

    private async Task<Dictionary<string, JsonObject>> FeaturesOfAsync(string tenant) =>
        (await Api.JsonAsync(await Admin.GetAsync($"/api/tenants/{tenant}/features")))["features"]!.AsArray()
            .ToDictionary(f => (string)f!["id"]!, f => f!.AsObject());

    private static List<string> Ids(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();

    [Fact]
    public async Task The_catalogue_marks_plugins_and_lists_refused_ones_with_their_hash()
    {
        var catalogue = await Api.JsonAsync(await Admin.GetAsync("/api/modules"));

        var features = catalogue["features"]!.AsArray().ToDictionary(f => (string)f!["id"]!, f => f!.AsObject());
        Assert.True((bool)features["Test.Dispatch.Archive"]["isPlugin"]!);
        Assert.Equal(["Test.Dispatch.Reports"], Ids(features["Test.Dispatch.Archive"]["dependencies"]));
        Assert.Equal(["Test.Dispatch.Reports"], Ids(features["Test.Dispatch"]["dependents"]));
        var refused = Assert.Single(catalogue["refusedPlugins"]!.AsArray());
        Assert.Equal(PluginPlatformFixture.UntrustedFile, (string?)refused!["file"]);
        Assert.Equal(platform.UntrustedSha256, (string?)refused["sha256"]);
        Assert.False(string.IsNullOrEmpty((string?)refused["reason"]));

        var page = Forms.Decode(await (await Admin.GetAsync("/admin/modules")).Content.ReadAsStringAsync());
        Assert.Contains(PluginPlatformFixture.UntrustedFile, page);
        Assert.Contains(platform.UntrustedSha256, page);
        Assert.Contains("Plug-in", page);
    }

    [Fact]
    public async Task Enabling_a_feature_enables_its_dependencies_and_disabling_one_takes_its_dependents()
    {
        await CreateTenantAsync("chainforce");
        var before = await FeaturesOfAsync("chainforce");
        Assert.False((bool)before["Test.Dispatch.Archive"]["enabled"]!);
        Assert.Equal(["Test.Dispatch", "Test.Dispatch.Reports"], Ids(before["Test.Dispatch.Archive"]["alsoEnables"]).Order().ToList());

        var enabled = await Api.PostJsonAsync(Admin, "/api/tenants/chainforce/features", new { enable = new[] { "Test.Dispatch.Archive" } });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Superset(new HashSet<string> { "Test.Dispatch", "Test.Dispatch.Reports", "Test.Dispatch.Archive" },
            Ids((await Api.JsonAsync(enabled))["enabled"]).ToHashSet());
        var during = await FeaturesOfAsync("chainforce");
        Assert.Equal(["Test.Dispatch.Archive", "Test.Dispatch.Reports"], Ids(during["Test.Dispatch"]["alsoDisables"]));

        var disabled = await Api.PostJsonAsync(Admin, "/api/tenants/chainforce/features", new { disable = new[] { "Test.Dispatch.Reports" } });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        var after = Ids((await Api.JsonAsync(disabled))["enabled"]);
        Assert.Contains("Test.Dispatch", after);
        Assert.DoesNotContain("Test.Dispatch.Reports", after);
        Assert.DoesNotContain("Test.Dispatch.Archive", after);
    }

    [Fact]
    public async Task The_features_page_asks_before_a_disable_that_takes_other_features_along()
    {
        await CreateTenantAsync("confirmforce");
        Assert.Equal(HttpStatusCode.OK, (await Api.PostJsonAsync(Admin, "/api/tenants/confirmforce/features",
            new { enable = new[] { "Test.Dispatch.Archive" } })).StatusCode);
        var version = (await platform.Factory.FindTenantAsync("confirmforce"))!.VersionId;
        var form = new Dictionary<string, string> { ["FeatureId"] = "Test.Dispatch", ["Action"] = "disable", ["VersionId"] = version };

        var ask = await Forms.PostAsync(Admin, "/admin/tenants/confirmforce/features", "/admin/tenants/confirmforce/features", form);

        var question = Forms.Decode(await ask.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        Assert.Contains("Disabling Test dispatch also disables Test dispatch archive and Test dispatch reports", question);
        Assert.Contains("name=\"Confirmed\" value=\"true\"", question);
        Assert.Equal(version, (await platform.Factory.FindTenantAsync("confirmforce"))!.VersionId);
        Assert.Contains("Test.Dispatch.Archive", (await platform.Factory.FindTenantAsync("confirmforce"))!.EnabledFeatures);

        form["Confirmed"] = "true";
        var done = await Forms.PostAsync(Admin, "/admin/tenants/confirmforce/features", "/admin/tenants/confirmforce/features", form);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var enabled = (await platform.Factory.FindTenantAsync("confirmforce"))!.EnabledFeatures;
        Assert.DoesNotContain("Test.Dispatch", enabled);
        Assert.DoesNotContain("Test.Dispatch.Archive", enabled);
        Assert.Contains("is disabled", Forms.Decode(await (await Admin.GetAsync("/admin/tenants/confirmforce/features")).Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_feature_is_enabled_from_the_page_with_its_dependencies()
    {
        await CreateTenantAsync("pageenable");
        var form = new Dictionary<string, string>
        {
            ["FeatureId"] = "Test.Dispatch.Reports",
            ["Action"] = "enable",
            ["VersionId"] = (await platform.Factory.FindTenantAsync("pageenable"))!.VersionId,
        };

        var response = await Forms.PostAsync(Admin, "/admin/tenants/pageenable/features", "/admin/tenants/pageenable/features", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var enabled = (await platform.Factory.FindTenantAsync("pageenable"))!.EnabledFeatures;
        Assert.Contains("Test.Dispatch.Reports", enabled);
        Assert.Contains("Test.Dispatch", enabled);

        // The page's version is stale now: the same form again is refused, not applied twice.
        form["Action"] = "disable";
        var stale = await Forms.PostAsync(Admin, "/admin/tenants/pageenable/features", "/admin/tenants/pageenable/features", form);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("changed by someone else", Forms.Decode(await stale.Content.ReadAsStringAsync()));
        Assert.Contains("Test.Dispatch.Reports", (await platform.Factory.FindTenantAsync("pageenable"))!.EnabledFeatures);
    }
}
