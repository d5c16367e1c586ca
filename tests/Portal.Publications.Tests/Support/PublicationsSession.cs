using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.Publications.Tests.Support;

/// <summary>
/// A signed-in person of tenant met (cookie, as a browser has it) using the reports API: JSON calls with the answer
/// parsed, and forms posted with their antiforgery token.
/// </summary>
public sealed partial class PublicationsSession(HttpClient browser) : IDisposable
{
    public const string Tenant = "/met";

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    public HttpClient Browser { get; } = browser;

    public static async Task<PublicationsSession> SignInAsync(PublicationsPortalFactory factory, string email = PublicationsPortalFactory.AdminEmail,
        string password = PublicationsPortalFactory.AdminPassword)
    {
        var session = new PublicationsSession(factory.CreateBrowser());
        var response = await session.PostFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {email} answered {(int)response.StatusCode}");
        return session;
    }

    /// <summary>Creates a user of met with <paramref name="roles"/> through the Users module's admin form (as the admin).</summary>
    public async Task CreateUserAsync(string email, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("DisplayName", "User " + email.Split('@')[0]), new("Email", email),
            new("Password", PublicationsPortalFactory.UserPassword), new("ConfirmPassword", PublicationsPortalFactory.UserPassword), new("VettingLevel", "BPSS"),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        var response = await PostFormAsync("/admin/users/create", "/admin/users/create", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"creating {email} answered {(int)response.StatusCode}");
    }

    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await Browser.GetAsync(Tenant + formPage);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {formPage} answered {(int)page.StatusCode}");
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        var all = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await Browser.PostAsync(Tenant + action, new FormUrlEncodedContent(all));
    }

    public Task<ApiAnswer> GetAsync(string path) => Api.SendAsync(Browser, HttpMethod.Get, Tenant + path, null, null);

    public Task<ApiAnswer> PostAsync(string path, object? body = null, string? ifMatch = null) => Api.SendAsync(Browser, HttpMethod.Post, Tenant + path, body, ifMatch);

    public Task<ApiAnswer> PutAsync(string path, object body, string? ifMatch) => Api.SendAsync(Browser, HttpMethod.Put, Tenant + path, body, ifMatch);

    public Task<ApiAnswer> DeleteAsync(string path, string? ifMatch = null) => Api.SendAsync(Browser, HttpMethod.Delete, Tenant + path, null, ifMatch);

    public void Dispose() => Browser.Dispose();
}
