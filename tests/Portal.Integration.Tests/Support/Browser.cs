using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Integration.Tests.Support;

/// <summary>What a browser or an API client does against the portal: forms with their antiforgery token, JSON calls.</summary>
public static partial class Browser
{
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>GETs a page with a form and returns its antiforgery token (the cookie half stays in the client's jar).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var page = await client.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)page.StatusCode}: {html}");
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {url}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts the login form of <paramref name="pathBase"/> ("" or "/met") with a token read through <paramref name="formReader"/>.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient formReader, HttpClient poster, string pathBase,
        string email = PostgresPortalFactory.AdminEmail, string password = PostgresPortalFactory.AdminPassword)
    {
        var token = await AntiforgeryTokenAsync(formReader, $"{pathBase}/account/login");
        return await poster.PostAsync($"{pathBase}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ReturnUrl"] = $"{pathBase}/",
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<HttpResponseMessage> SendJsonAsync(HttpClient client, HttpMethod method, string url, string? json)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    /// <summary>Asserts a problem+json answer with <paramref name="status"/> and returns it.</summary>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }
}
