using System.Net;
using System.Text.RegularExpressions;

namespace Portal.OpenId.Tests.Support;

/// <summary>
/// A signed-in browser on the admin pages: GETs the page that holds a form, takes its antiforgery token, and
/// posts the form the way a browser would (the antiforgery cookie is kept by the client).
/// </summary>
public static partial class AdminBrowser
{
    public const string UserPassword = "Plain-User-Passw0rd-42!";

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"id=""client-secret""[^>]*>([^<]+)<")]
    private static partial Regex SecretPattern();

    public static async Task<HttpClient> SignInAsync(OpenIdPortalFactory factory, string email = OpenIdPortalFactory.AdminEmail, string password = OpenIdPortalFactory.AdminPassword)
    {
        var browser = factory.CreateBrowser();
        var response = await PostFormAsync(browser, "/account/login", "/account/login", [new("Email", email), new("Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {email} answered {(int)response.StatusCode}");
        return browser;
    }

    /// <summary>GETs <paramref name="formPage"/> for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await browser.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formPage} answered {(int)page.StatusCode}");
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        var all = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await browser.PostAsync(action, new FormUrlEncodedContent(all));
    }

    /// <summary>A user created through the Users module's own admin form, with the roles given (none: no permission at all).</summary>
    public static async Task CreateUserAsync(HttpClient admin, string email, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("DisplayName", "User " + email.Split('@')[0]), new("Email", email),
            new("Password", UserPassword), new("ConfirmPassword", UserPassword), new("VettingLevel", "BPSS"),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        var response = await PostFormAsync(admin, "/admin/users/create", "/admin/users/create", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"creating {email} answered {(int)response.StatusCode}: {ErrorSummary(await response.Content.ReadAsStringAsync())}");
    }

    /// <summary>The secret shown on the page, or null when the page shows none.</summary>
    public static string? SecretOn(string html)
    {
        var match = SecretPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value.Trim()) : null;
    }

    /// <summary>The text of the GOV.UK error summary (with its links), or the empty string.</summary>
    public static string ErrorSummary(string html)
    {
        var match = Regex.Match(html, """<div class="govuk-error-summary".*?</ul>""", RegexOptions.Singleline);
        return match.Success ? match.Value : "";
    }
}
