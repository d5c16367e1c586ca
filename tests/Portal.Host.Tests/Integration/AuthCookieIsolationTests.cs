using System.Net;
using Portal.Host.Tests.Support;

namespace Portal.Host.Tests.Integration;

/// <summary>A sign-in cookie issued by one tenant is worthless in another, whatever name it is sent under.</summary>
[Collection(PluginPortalCollection.Name)]
public sealed class AuthCookieIsolationTests(PluginPortalFixture portal)
{
    [Fact]
    public async Task A_tenants_sign_in_cookie_is_refused_by_another_tenant()
    {
        using var client = portal.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var cookieOfA = await SignIn.AsAdministratorAsync(client, PluginPortalFixture.A);

        // The cookie works where it was issued, so a refusal elsewhere is not a broken cookie.
        var admin = await SignIn.GetWithCookieAsync(client, $"/{PluginPortalFixture.A}/admin", SignIn.CookieName(PluginPortalFixture.A), cookieOfA);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);

        foreach (var name in new[] { SignIn.CookieName(PluginPortalFixture.B), SignIn.CookieName(PluginPortalFixture.A) })
        {
            var response = await SignIn.GetWithCookieAsync(client, $"/{PluginPortalFixture.B}/admin", name, cookieOfA);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/{PluginPortalFixture.B}/account/login", new Uri(client.BaseAddress!, response.Headers.Location!).AbsolutePath);
        }
    }
}
