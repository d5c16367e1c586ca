using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Host.Shell;

namespace Portal.Host.Tests.Integration;

/// <summary>Each tenant's container has its own endpoints, key ring and cookie names.</summary>
[Collection(PluginPortalCollection.Name)]
public sealed class IsolationTests(PluginPortalFixture portal)
{
    private const string Purpose = "Portal.Host.Tests.Isolation";

    private static IReadOnlyList<string?> Routes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText).ToList();

    [Fact]
    public async Task A_tenants_endpoints_are_in_its_own_route_table_only()
    {
        var a = await portal.Factory.ShellOfAsync(PluginPortalFixture.A);
        var b = await portal.Factory.ShellOfAsync(PluginPortalFixture.B);

        Assert.Contains("/api/greeting", Routes(a.Services));
        Assert.DoesNotContain("/api/greeting", Routes(b.Services));
        // Nor did they land in the host's data sources (the trap of a shared routing registration).
        Assert.DoesNotContain("/api/greeting", Routes(portal.Factory.Services));
    }

    [Fact]
    public async Task A_payload_protected_by_one_tenant_cannot_be_read_by_another()
    {
        var a = await portal.Factory.ShellOfAsync(PluginPortalFixture.A);
        var b = await portal.Factory.ShellOfAsync(PluginPortalFixture.B);
        var protectedByA = a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("met only");

        Assert.Equal("met only", a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(protectedByA));
        Assert.ThrowsAny<CryptographicException>(() => b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(protectedByA));
    }

    [Fact]
    public async Task A_tenants_key_ring_survives_a_rebuild_of_its_shell()
    {
        const string tenant = "keyring";
        await portal.Factory.EnsureTenantAsync(tenant);
        var before = await portal.Factory.ShellOfAsync(tenant);
        var payload = before.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("kept");

        await portal.Factory.Shells.ReleaseAsync(tenant);
        var after = await portal.Factory.ShellOfAsync(tenant);

        Assert.NotSame(before, after);
        Assert.Equal("kept", after.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(payload));
    }

    [Fact]
    public async Task Antiforgery_cookies_carry_the_tenant_and_its_path()
    {
        var a = (await portal.Factory.ShellOfAsync(PluginPortalFixture.A)).Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        var b = (await portal.Factory.ShellOfAsync(PluginPortalFixture.B)).Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;

        Assert.NotEqual(a.Cookie.Name, b.Cookie.Name);
        Assert.Contains(".met.", a.Cookie.Name);
        Assert.Contains(".city.", b.Cookie.Name);
        Assert.Equal("/met", a.Cookie.Path);
        Assert.Equal("/city", b.Cookie.Path);
    }

    [Fact]
    public async Task The_antiforgery_cookie_a_form_sets_is_the_tenants_own()
    {
        using var client = portal.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        var a = await client.GetAsync($"/{PluginPortalFixture.A}/account/login");
        var b = await client.GetAsync($"/{PluginPortalFixture.B}/account/login");

        var cookieA = Assert.Single(a.Headers.GetValues("Set-Cookie"), c => c.Contains("antiforgery", StringComparison.Ordinal));
        var cookieB = Assert.Single(b.Headers.GetValues("Set-Cookie"), c => c.Contains("antiforgery", StringComparison.Ordinal));
        Assert.StartsWith(".portal.met.antiforgery=", cookieA);
        Assert.Contains("path=/met", cookieA, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith(".portal.city.antiforgery=", cookieB);
        Assert.Contains("path=/city", cookieB, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Authentication_cookies_of_any_scheme_carry_the_tenant_and_its_path()
    {
        const string scheme = "Identity.Application";
        var a = (await portal.Factory.ShellOfAsync(PluginPortalFixture.A)).Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme);
        var b = (await portal.Factory.ShellOfAsync(PluginPortalFixture.B)).Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme);

        Assert.NotEqual(a.Cookie.Name, b.Cookie.Name);
        Assert.Contains(".met.", a.Cookie.Name);
        Assert.Equal("/met", a.Cookie.Path);
        Assert.Equal("/city", b.Cookie.Path);
        Assert.True(a.Cookie.HttpOnly);
    }

    [Fact]
    public async Task Each_tenant_has_its_own_container_and_settings()
    {
        var a = await portal.Factory.ShellOfAsync(PluginPortalFixture.A);
        var b = await portal.Factory.ShellOfAsync(PluginPortalFixture.B);

        Assert.NotSame(a.Services, b.Services);
        Assert.Equal(PluginPortalFixture.A, a.Services.GetRequiredService<Portal.Abstractions.Shell.ShellSettings>().Name);
        Assert.Equal(PluginPortalFixture.B, b.Services.GetRequiredService<Portal.Abstractions.Shell.ShellSettings>().Name);
        Assert.Contains(a.Features, f => f.Id == PluginPortalFixture.Greeter);
        Assert.DoesNotContain(b.Features, f => f.Id == PluginPortalFixture.Greeter);
        Assert.IsType<ShellContext>(a);
    }
}
