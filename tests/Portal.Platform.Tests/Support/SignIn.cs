using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Platform.Tests.Support;

/// <summary>Signs in through the Users module's login form, the way a browser does (antiforgery token and cookies).</summary>
public static partial class SignIn
{
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <param name="pathBase">"" for the platform tenant, "/met" for met.</param>
    public static async Task<HttpClient> AsAdminAsync(PlatformFactory factory, string pathBase,
        string email = PlatformFactory.AdminEmail, string password = PlatformFactory.AdminPassword)
    {
        var client = factory.CreateHttpClient();
        var response = await client.PostAsync($"{pathBase}/account/login", await LoginFormAsync(client, pathBase, email, password));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Signing in to '{pathBase}' should redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public static async Task<FormUrlEncodedContent> LoginFormAsync(HttpClient client, string pathBase, string email, string password)
    {
        var token = await AntiforgeryTokenAsync(client, $"{pathBase}/account/login");
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = $"{pathBase}/",
            ["__RequestVerificationToken"] = token,
        });
    }

    /// <summary>GETs a page with a form and returns its antiforgery token (the cookie half stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)page.StatusCode}: {html}");
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
