using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Users.Tests.Support;

/// <summary>
/// One browser: a client that keeps cookies (the antiforgery cookie and the sign-in cookie) and does not follow
/// redirects. Forms are posted the way a browser does: the page is fetched first and its antiforgery token sent back.
/// <see cref="PathBase"/> is the tenant's prefix ("" for Default, "/met" for met), put in front of every path.
/// </summary>
public sealed partial class PortalSession(HttpClient client, string pathBase) : IDisposable
{
    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    public HttpClient Client { get; } = client;
    public string PathBase { get; } = pathBase;

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(PathBase + path);

    public async Task<string> GetPageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {PathBase + path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The antiforgery token of the first form on the page at <paramref name="formPage"/>.</summary>
    public async Task<string> TokenFromAsync(string formPage)
    {
        var html = await GetPageAsync(formPage);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {PathBase + formPage}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts a form to <paramref name="action"/> with the token taken from <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenFromAsync(formPage);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await Client.PostAsync(PathBase + action, content);
    }

    public Task<HttpResponseMessage> PostFormAsync(string page, params (string Name, string Value)[] fields) =>
        PostFormAsync(page, page, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public Task<HttpResponseMessage> LoginAsync(string email, string password, string? returnUrl = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Email", email), new("Password", password) };
        if (returnUrl is not null)
        {
            fields.Add(new("ReturnUrl", returnUrl));
        }

        return PostFormAsync("/account/login", "/account/login", fields);
    }

    /// <summary>Signs out; the token comes from the sign-in page, which any visitor can open.</summary>
    public Task<HttpResponseMessage> LogoutAsync() =>
        PostFormAsync("/account/login", "/account/logout", []);

    public void Dispose() => Client.Dispose();
}
