using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Portal.CallRouting.Tests.Support.Plans;

/// <summary>
/// A signed-in person of tenant met (cookie, as a browser has it) using the plans API and pages: JSON calls with the
/// answer parsed, and forms posted with their antiforgery token.
/// </summary>
public sealed partial class PlansSession(HttpClient browser) : IDisposable
{
    public const string Tenant = "/met";

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    public HttpClient Browser { get; } = browser;

    public static async Task<PlansSession> SignInAsync(PlansPortalFactory factory, string email = PlansPortalFactory.AdminEmail,
        string password = PlansPortalFactory.AdminPassword)
    {
        var session = new PlansSession(factory.CreateBrowser());
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
            new("Password", PlansPortalFactory.UserPassword), new("ConfirmPassword", PlansPortalFactory.UserPassword), new("VettingLevel", "BPSS"),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        var response = await PostFormAsync("/admin/users/create", "/admin/users/create", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"creating {email} answered {(int)response.StatusCode}");
    }

    /// <summary>GETs <paramref name="formPage"/> (in met) for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
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

    public async Task<string> PageAsync(string path)
    {
        var response = await Browser.GetAsync(Tenant + path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return html;
    }

    public Task<ApiAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null, null);

    public Task<ApiAnswer> PostAsync(string path, object? body = null, string? ifMatch = null) => SendAsync(HttpMethod.Post, path, body, ifMatch);

    public Task<ApiAnswer> PutAsync(string path, object body, string? ifMatch) => SendAsync(HttpMethod.Put, path, body, ifMatch);

    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, object? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, Tenant + "/api/routing/plans" + path);
        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body, PlanSamplesJson.Options);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        using var response = await Browser.SendAsync(request);
        return await ApiAnswer.ReadAsync(response);
    }

    public void Dispose() => Browser.Dispose();
}

/// <summary>An API answer: status, ETag, content type and the JSON body.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string? ETag, string? ContentType, JsonElement Body, string Text)
{
    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonElement body = default;
        if (text.Length > 0 && (text[0] == '{' || text[0] == '['))
        {
            body = JsonDocument.Parse(text).RootElement.Clone();
        }

        return new ApiAnswer(response.StatusCode, response.Headers.ETag?.ToString(), response.Content.Headers.ContentType?.MediaType, body, text);
    }

    public int Number => Body.GetProperty("number").GetInt32();

    public void Is(HttpStatusCode expected) => Assert.True(Status == expected, $"expected {(int)expected}, got {(int)Status}: {Text}");
}
