using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Integration;

[Collection(PluginPortalCollection.Name)]
public sealed class PluginTests(PluginPortalFixture portal)
{
    [Fact]
    public void A_trusted_plugin_is_in_the_catalogue_as_a_plugin()
    {
        var catalog = portal.Factory.Services.GetRequiredService<IModuleCatalog>();

        var module = Assert.Single(catalog.Modules, m => m.Id == PluginPortalFixture.Greeter);
        Assert.True(module.IsPlugin);
        Assert.Equal("Sample greeter", module.Name);
        Assert.Equal("Samples", module.Category);
        Assert.True(catalog.FindFeature(PluginPortalFixture.Greeter)!.IsPlugin);
        Assert.Empty(catalog.RefusedPlugins);
        Assert.All(catalog.Modules.Where(m => m.Id != PluginPortalFixture.Greeter), m => Assert.False(m.IsPlugin));
    }

    [Fact]
    public async Task The_catalogue_api_lists_the_plugin_as_a_plugin()
    {
        using var client = portal.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var cookie = await SignIn.AsAdministratorAsync(client, ShellSettings.DefaultName);

        var response = await SignIn.GetWithCookieAsync(client, "/api/modules", SignIn.CookieName(ShellSettings.DefaultName), cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var modules = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("modules").EnumerateArray().ToList();
        var greeter = Assert.Single(modules, m => m.GetProperty("id").GetString() == PluginPortalFixture.Greeter);
        Assert.True(greeter.GetProperty("isPlugin").GetBoolean());
        Assert.All(modules.Where(m => m.GetProperty("id").GetString() != PluginPortalFixture.Greeter), m => Assert.False(m.GetProperty("isPlugin").GetBoolean()));
    }

    [Fact]
    public async Task The_plugin_answers_in_the_tenant_that_enabled_it_with_that_tenants_name()
    {
        using var client = portal.Factory.CreateHttpClient();

        var response = await client.GetAsync($"/{PluginPortalFixture.A}/api/greeting");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(PluginPortalFixture.A, body.GetProperty("tenant").GetString());
        Assert.StartsWith(PluginPortalFixture.GreetingText, body.GetProperty("greeting").GetString());
    }

    [Theory]
    [InlineData("/" + PluginPortalFixture.B + "/api/greeting")]
    [InlineData("/api/greeting")]
    public async Task The_plugin_does_not_exist_in_tenants_that_did_not_enable_it(string path)
    {
        using var client = portal.Factory.CreateHttpClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(PluginPortalFixture.GreetingText, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Disabling_the_plugin_feature_removes_its_endpoint_from_that_tenant()
    {
        const string tenant = "toggle";
        await portal.Factory.EnsureTenantAsync(tenant);
        await portal.EnableGreeterAsync(tenant);
        using var client = portal.Factory.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{tenant}/api/greeting")).StatusCode);

        var features = await portal.Factory.Services.GetRequiredService<IShellFeatureManager>()
            .UpdateAsync(tenant, [], [PluginPortalFixture.Greeter], null);

        Assert.DoesNotContain(PluginPortalFixture.Greeter, features);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{tenant}/api/greeting")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{PluginPortalFixture.A}/api/greeting")).StatusCode);
    }
}
