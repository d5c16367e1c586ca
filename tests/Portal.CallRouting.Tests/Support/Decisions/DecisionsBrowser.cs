using System.Net;
using System.Text.RegularExpressions;

namespace Portal.CallRouting.Tests.Support.Decisions;

/// <summary>A browser signed in to met: takes a page's antiforgery token and posts its form as a browser would.</summary>
public static partial class DecisionsBrowser
{
    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    public static async Task<HttpClient> SignInAsync(DecisionsPortalFactory factory)
    {
        var browser = factory.CreateBrowser();
        var response = await PostFormAsync(browser, "/met/account/login", "/met/account/login",
            [new("Email", DecisionsPortalFactory.AdminEmail), new("Password", DecisionsPortalFactory.AdminPassword)]);
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
