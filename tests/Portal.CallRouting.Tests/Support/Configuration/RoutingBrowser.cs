using System.Net;
using System.Text.RegularExpressions;

namespace Portal.CallRouting.Tests.Support.Configuration;

/// <summary>
/// A signed-in browser on met: GETs the page holding a form, takes its antiforgery token and posts the form the way
/// a browser would (the client keeps the antiforgery and sign-in cookies).
/// </summary>
public static partial class RoutingBrowser
{
    public const string UserPassword = "Routing-User-Passw0rd-42!";
    private const string Tenant = RoutingConfigurationFactory.Tenant;

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    public static async Task<HttpClient> SignInAsync(RoutingConfigurationFactory factory, string email = RoutingConfigurationFactory.AdminEmail,
        string password = RoutingConfigurationFactory.AdminPassword)
    {
        var browser = factory.CreateBrowser();
        var response = await PostFormAsync(browser, "/account/login", "/account/login", [new("Email", email), new("Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {email} answered {(int)response.StatusCode}");
        return browser;
    }

    /// <summary>A met user with <paramref name="roles"/> (none: no permission at all), signed in.</summary>
    public static async Task<HttpClient> UserAsync(RoutingConfigurationFactory factory, HttpClient admin, string name, params string[] roles)
    {
        var email = $"{name}-{Guid.NewGuid():N}@routing-tests.example.org";
        var fields = new List<KeyValuePair<string, string>>
        {
            new("DisplayName", "User " + name), new("Email", email),
            new("Password", UserPassword), new("ConfirmPassword", UserPassword), new("VettingLevel", "BPSS"),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        var response = await PostFormAsync(admin, "/admin/users/create", "/admin/users/create", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"creating {email} answered {(int)response.StatusCode}: {ErrorSummary(await response.Content.ReadAsStringAsync())}");
        return await SignInAsync(factory, email, UserPassword);
    }

    /// <summary>GETs met's <paramref name="formPage"/> for its antiforgery token, then posts <paramref name="fields"/> to met's <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await browser.GetAsync(Tenant + formPage);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formPage} answered {(int)page.StatusCode}");
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        var all = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await browser.PostAsync(Tenant + action, new FormUrlEncodedContent(all));
    }

    public static async Task<(HttpStatusCode Status, string Html)> GetPageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(Tenant + path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text of the GOV.UK error summary (with its links), or the empty string.</summary>
    public static string ErrorSummary(string html)
    {
        var match = Regex.Match(html, """<div class="govuk-error-summary".*?</ul>""", RegexOptions.Singleline);
        return match.Success ? match.Value : "";
    }
}
