using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Platform;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Integration;

/// <summary>
/// A tenant's home page is cached for anonymous visitors in the tenant's own container, so a change of the
/// tenant's settings (which releases the shell) is seen at once, and signed-in people are never served it.
/// </summary>
public sealed class PageCacheTests
{
    [Fact]
    public async Task The_anonymous_home_page_is_served_from_the_cache_sets_no_cookie_and_follows_a_settings_change()
    {
        using var factory = new PortalFactory();
        var met = await factory.EnsureTenantAsync("met");
        using var client = factory.CreateHttpClient();

        var first = await client.GetAsync("/met/");
        var second = await client.GetAsync("/met/");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"), "An anonymous home page must not set cookies (it could not be cached).");
        Assert.True(second.Headers.Age.HasValue, "The second anonymous request should come from the output cache.");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        var tenants = factory.Services.GetRequiredService<IShellSettingsManager>();
        await tenants.UpdateAsync(met with { DisplayName = "Renamed force" });

        var afterChange = await client.GetAsync("/met/");
        Assert.False(afterChange.Headers.Age.HasValue);
        Assert.Contains("Renamed force", await afterChange.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_tenants_cached_page_is_never_served()
    {
        using var factory = new PortalFactory();
        await factory.EnsureTenantAsync("met");
        await factory.EnsureTenantAsync("city");
        var tenants = factory.Services.GetRequiredService<IShellSettingsManager>();
        await tenants.UpdateAsync((await tenants.FindAsync("city"))! with { DisplayName = "City force" });
        using var client = factory.CreateHttpClient();

        await client.GetAsync("/met/");
        var city = await client.GetStringAsync("/city/");

        Assert.Contains("City force", city);
    }
}
