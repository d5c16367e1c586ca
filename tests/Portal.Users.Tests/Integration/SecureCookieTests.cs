using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Users.Tests.Support;

namespace Portal.Users.Tests.Integration;

/// <summary>With Portal:Cookies:Secure (production's default) over HTTPS, the sign-in cookie is a __Host- cookie.</summary>
public sealed class SecureCookieTests(SecureCookieTests.SecurePortalFactory factory) : IClassFixture<SecureCookieTests.SecurePortalFactory>
{
    public sealed class SecurePortalFactory : UsersPortalFactory
    {
        protected override IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>
        {
            ["Portal:Cookies:Secure"] = "true",
        };
    }

    [Fact]
    public async Task Over_https_the_sign_in_cookie_is_host_prefixed_secure_and_for_the_whole_site()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost/"), AllowAutoRedirect = false, HandleCookies = true,
        });
        using var session = new PortalSession(client, "");

        var response = await session.LoginAsync(UsersPortalFactory.AdminEmail, UsersPortalFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var header = response.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith("__Host-portal-default-identity.application=", StringComparison.Ordinal));
        Assert.Contains("; secure", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/;", header + ";", StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", header, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/admin")).StatusCode);
    }
}
