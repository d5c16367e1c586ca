using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Abstractions.Shell;

namespace Portal.Host.Tests.Integration;

/// <summary>What a request gets when its tenant is off, not set up, or unknown.</summary>
[Collection(PluginPortalCollection.Name)]
public sealed class TenantRoutingTests(PluginPortalFixture portal)
{
    [Fact]
    public async Task A_disabled_tenant_answers_503_with_Retry_After()
    {
        const string tenant = "switchedoff";
        await portal.Factory.EnsureTenantAsync(tenant);
        await portal.EnableGreeterAsync(tenant);
        using var client = portal.Factory.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{tenant}/api/greeting")).StatusCode);
        var tenants = portal.Factory.Services.GetRequiredService<IShellSettingsManager>();

        await tenants.UpdateAsync((await tenants.FindAsync(tenant))! with { State = TenantState.Disabled });
        var response = await client.GetAsync($"/{tenant}/api/greeting");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(response.Headers.RetryAfter.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(PluginPortalFixture.GreetingText, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_tenant_that_is_not_set_up_answers_503_with_a_page_for_people()
    {
        const string tenant = "notready";
        await portal.Factory.Services.GetRequiredService<IShellSettingsManager>()
            .CreateAsync(new ShellSettings { Name = tenant, UrlPrefix = tenant });
        using var client = portal.Factory.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{tenant}/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("being set up", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_prefix_is_a_404_not_another_tenants_content()
    {
        using var client = portal.Factory.CreateHttpClient();

        var response = await client.GetAsync("/nosuchforce/api/greeting");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(PluginPortalFixture.GreetingText, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_prefix_that_only_starts_like_a_tenants_is_not_that_tenant()
    {
        using var client = portal.Factory.CreateHttpClient();

        var response = await client.GetAsync($"/{PluginPortalFixture.A}ropolis/api/greeting");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/met/api/greeting?x=1")]
    [InlineData("/MET/api/greeting")]
    [InlineData("/met/api/greeting/")]
    public async Task The_prefix_selects_the_tenant_with_a_query_in_any_case(string path)
    {
        using var client = portal.Factory.CreateHttpClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(PluginPortalFixture.A, body.GetProperty("tenant").GetString());
    }

    [Fact]
    public async Task The_bare_prefix_with_a_query_reaches_the_tenant_under_its_path_base()
    {
        using var client = portal.Factory.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{PluginPortalFixture.B}?x=1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(request);

        // Whatever the tenant shows at its root (its home page, or its own not-found page), it links its home
        // under its path base; the Default tenant would link "/".
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains($"href=\"/{PluginPortalFixture.B}/\"", await response.Content.ReadAsStringAsync());
    }
}
