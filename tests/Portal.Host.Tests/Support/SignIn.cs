using System.Net;
using System.Text.RegularExpressions;
using Portal.Abstractions.Shell;

namespace Portal.Host.Tests.Support;

/// <summary>Signs in through a tenant's login form (the Users module's), handling cookies by hand.</summary>
public static partial class SignIn
{
    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>The name of a tenant's sign-in cookie (the Identity application scheme, named per tenant by the host).</summary>
    public static string CookieName(string tenant) => $".portal.{tenant.ToLowerInvariant()}.identity.application";

    public static string PathBase(string tenant) => tenant == ShellSettings.DefaultName ? "" : "/" + tenant;

    /// <summary>Signs the setup administrator in to <paramref name="tenant"/>; returns the value of its sign-in cookie.</summary>
    public static async Task<string> AsAdministratorAsync(HttpClient client, string tenant)
    {
        var form = await client.GetAsync($"{PathBase(tenant)}/account/login");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = AntiforgeryField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The login form carries no antiforgery token.");

        using var post = new HttpRequestMessage(HttpMethod.Post, $"{PathBase(tenant)}/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = PortalFactory.AdminEmail,
                ["Password"] = PortalFactory.AdminPassword,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", Cookies(form).Select(c => $"{c.Name}={c.Value}")));
        var signedIn = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Cookies(signedIn).FirstOrDefault(c => c.Name == CookieName(tenant));
        Assert.False(cookie.Value is null, $"No {CookieName(tenant)} cookie after signing in; got: {string.Join(", ", Cookies(signedIn).Select(c => c.Name))}");
        return cookie.Value;
    }

    public static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string cookieName, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{cookieName}={value}");
        return await client.SendAsync(request);
    }

    private static IEnumerable<(string Name, string Value)> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).Select(p => (p[..p.IndexOf('=')], p[(p.IndexOf('=') + 1)..]))
            : [];
}
