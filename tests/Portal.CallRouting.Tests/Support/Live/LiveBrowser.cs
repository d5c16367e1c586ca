using System.Net;
using System.Text.RegularExpressions;

namespace Portal.CallRouting.Tests.Support.Live;

/// <summary>A signed-in browser on met's pages: forms are posted with the antiforgery token of the page that holds them.</summary>
public static partial class LiveBrowser
{
    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    public static async Task<HttpClient> SignInAsync(LiveStatePortalFactory portal)
    {
        var browser = portal.CreateBrowser();
        var response = await PostFormAsync(browser, "/met/account/login", "/met/account/login",
            [new("Email", LiveStatePortalFactory.AdminEmail), new("Password", LiveStatePortalFactory.AdminPassword)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}");
        return browser;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await browser.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formPage} answered {(int)page.StatusCode}");
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)))));
    }
}
