using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Portal.Audit.Tests.Support;

/// <summary>Signs in through the login form and posts forms the way a browser does (antiforgery token and cookies).</summary>
public static partial class Browser
{
    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public static async Task<HttpClient> SignInAsync(AuditPortalFactory factory, string email = AuditPortalFactory.AdminEmail,
        string password = AuditPortalFactory.AdminPassword)
    {
        var client = factory.CreateHttpClient();
        var response = await PostFormAsync(client, "/account/login", "/account/login",
            new() { ["Email"] = email, ["Password"] = password, ["ReturnUrl"] = "/" });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Signing in as {email} should redirect, got {(int)response.StatusCode}");
        return client;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {pageUrl} answered {(int)page.StatusCode}");
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {pageUrl}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(match.Groups[1].Value);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Asserts a problem+json answer with <paramref name="status"/>; returns its field errors.</summary>
    public static async Task<Dictionary<string, string[]>> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        return (problem["errors"] as JsonObject ?? []).ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => (string)m!).ToArray());
    }
}
