using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Users.Security;

namespace Portal.Users.Tests.Unit;

/// <summary>People are redirected to pages; API callers get problem details instead.</summary>
public sealed class ApplicationCookieTests
{
    private static async Task<HttpContext> RedirectAsync(string path, bool accessDenied)
    {
        var options = new CookieAuthenticationOptions();
        ApplicationCookie.Configure(options);
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.PathBase = "/met";
        http.Request.Path = path;
        http.Response.Body = new MemoryStream();
        var scheme = new AuthenticationScheme("Identity.Application", null, typeof(CookieAuthenticationHandler));
        var context = new RedirectContext<CookieAuthenticationOptions>(http, scheme, options, new AuthenticationProperties(),
            "http://localhost/met/account/login?ReturnUrl=%2Fmet" + path);

        await (accessDenied ? options.Events.OnRedirectToAccessDenied(context) : options.Events.OnRedirectToLogin(context));
        return http;
    }

    private static JsonElement Problem(HttpContext http)
    {
        http.Response.Body.Position = 0;
        return JsonDocument.Parse(http.Response.Body).RootElement;
    }

    [Fact]
    public async Task An_api_request_without_a_session_gets_401_problem_json()
    {
        var http = await RedirectAsync("/api/things", accessDenied: false);

        Assert.Equal(401, http.Response.StatusCode);
        Assert.StartsWith("application/problem+json", http.Response.ContentType);
        Assert.Equal(401, Problem(http).GetProperty("status").GetInt32());
        Assert.False(http.Response.Headers.ContainsKey("Location"));
    }

    [Fact]
    public async Task An_api_request_without_the_permission_gets_403_problem_json()
    {
        var http = await RedirectAsync("/api/things", accessDenied: true);

        Assert.Equal(403, http.Response.StatusCode);
        Assert.StartsWith("application/problem+json", http.Response.ContentType);
        Assert.Equal("You do not have access", Problem(http).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_page_request_is_redirected_to_the_sign_in_page()
    {
        var http = await RedirectAsync("/admin", accessDenied: false);

        Assert.Equal(302, http.Response.StatusCode);
        Assert.Equal("http://localhost/met/account/login?ReturnUrl=%2Fmet/admin", http.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task A_path_that_only_starts_with_api_is_a_page()
    {
        var http = await RedirectAsync("/apiary", accessDenied: false);

        Assert.Equal(302, http.Response.StatusCode);
    }

    [Fact]
    public void The_cookie_expires_after_15_idle_minutes_and_follows_the_request_scheme()
    {
        var options = new CookieAuthenticationOptions();
        ApplicationCookie.Configure(options);

        Assert.Equal(TimeSpan.FromMinutes(15), options.ExpireTimeSpan);
        Assert.True(options.SlidingExpiration);
        Assert.Equal(CookieSecurePolicy.SameAsRequest, options.Cookie.SecurePolicy);
        Assert.Equal("/account/login", options.LoginPath);
        Assert.Equal("/account/access-denied", options.AccessDeniedPath);
    }
}
