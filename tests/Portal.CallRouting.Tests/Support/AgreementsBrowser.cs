using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.CallRouting.Tests.Support;

/// <summary>A signed-in browser on a force's pages: takes each form's antiforgery token, posts as a browser would.</summary>
public sealed partial class AgreementsBrowser(HttpClient http) : IDisposable
{
    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    public HttpClient Http => http;

    public static async Task<AgreementsBrowser> SignInAsync(AgreementsPortalFactory factory, string tenant)
    {
        var browser = new AgreementsBrowser(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await browser.PostFormAsync($"/{tenant}/account/login", $"/{tenant}/account/login",
            [new("Email", AgreementsPortalFactory.AdminEmail), new("Password", AgreementsPortalFactory.AdminPassword)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in to {tenant} answered {(int)response.StatusCode}");
        return browser;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await http.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formPage} answered {(int)page.StatusCode}");
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        return await http.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)))));
    }

    /// <summary>The text of the GOV.UK error summary (with its links), or the empty string.</summary>
    public static string ErrorSummary(string html)
    {
        var match = Regex.Match(html, """<div class="govuk-error-summary".*?</ul>""", RegexOptions.Singleline);
        return match.Success ? match.Value : "";
    }

    public void Dispose() => http.Dispose();
}
