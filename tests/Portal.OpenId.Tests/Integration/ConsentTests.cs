using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary>
/// Explicit-consent clients: the person is asked once (consent page with the scopes), the answer is remembered as a
/// permanent authorization, prompt=consent asks again, prompt=none cannot ask, Deny tells the client access_denied,
/// and revoking on the connected applications page ends the tokens issued under the consent.
/// </summary>
public sealed class ConsentTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private const string DisplayName = "Partner dashboard";

    private async Task<(string ClientId, string Secret)> ExplicitClientAsync()
    {
        var clientId = "consent-" + Guid.NewGuid().ToString("N")[..8];
        var (status, body) = await factory.CreateClientAsync(new
        {
            clientId, displayName = DisplayName, type = "confidential", consent = "explicit",
            grants = new[] { "authorization_code", "refresh_token" }, redirectUris = new[] { CodeFlow.RedirectUri },
            scopes = new[] { "openid", "profile", "offline_access", "platform.read" },
        });
        Assert.True(status == HttpStatusCode.Created, body.ToString());
        Assert.Equal("explicit", body.GetProperty("client").GetProperty("consent").GetString());
        return (clientId, body.GetProperty("secret").GetString()!);
    }

    private static IDictionary<string, Microsoft.Extensions.Primitives.StringValues> RedirectQuery(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"answered {(int)response.StatusCode} {response.Headers.Location}: {response.Content.ReadAsStringAsync().Result[..Math.Min(2000, response.Content.ReadAsStringAsync().Result.Length)]}");
        var location = response.Headers.Location!;
        Assert.StartsWith(CodeFlow.RedirectUri, location.ToString());
        return QueryHelpers.ParseQuery(location.Query);
    }

    /// <summary>The audit entry <paramref name="action"/> about <paramref name="clientId"/>: who, and never a secret.</summary>
    private static async Task<JsonElement> AuditedAsync(HttpClient admin, string clientId, string action)
    {
        var response = await admin.GetAsync($"/api/audit?category=clients&q={clientId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries").EnumerateArray().ToList();
        var entry = Assert.Single(entries, e => e.GetProperty("action").GetString() == action);
        Assert.Equal(clientId, entry.GetProperty("subject").GetString());
        Assert.Contains(OpenIdPortalFactory.AdminEmail, entry.GetProperty("actor").GetString(), StringComparison.OrdinalIgnoreCase);
        return entry;
    }

    private static async Task<string> ConsentPageAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"authorize answered {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains($"Allow {DisplayName} to use your account?", WebUtility.HtmlDecode(html));
        return html;
    }

    [Fact]
    public async Task Allow_issues_a_code_the_next_request_skips_the_page_and_prompt_consent_asks_again()
    {
        var (clientId, secret) = await ExplicitClientAsync();
        var (verifier, challenge) = CodeFlow.Pkce();
        using var browser = await AdminBrowser.SignInAsync(factory);

        var html = await ConsentPageAsync(browser, CodeFlow.AuthorizeUrl(clientId, challenge));
        // Each scope as the scope store names it, with the buttons.
        Assert.Contains("Your name", html);
        Assert.Contains("Read tenants, modules and features", html);
        Assert.Contains("<code>platform.read</code>", html);
        Assert.Contains("name=\"submit.Accept\"", html);
        Assert.Contains("name=\"submit.Deny\"", html);

        var query = RedirectQuery(await ConsentPage.SubmitAsync(browser, html, ConsentPage.Allow));
        Assert.Equal("xyz", query["state"].ToString());
        var (status, tokens) = await CodeFlow.RedeemAsync(factory, clientId, secret, query["code"].ToString(), verifier);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(tokens.TryGetProperty("access_token", out _));
        var granted = await AuditedAsync(browser, clientId, "consent-granted");
        Assert.Contains("platform.read", granted.GetProperty("detail").GetString());

        // Remembered: the same request goes straight back to the client with a code.
        var (_, challenge2) = CodeFlow.Pkce();
        var again = RedirectQuery(await browser.GetAsync(CodeFlow.AuthorizeUrl(clientId, challenge2)));
        Assert.False(string.IsNullOrEmpty(again["code"].ToString()));

        // Unless the client asks for the question again.
        await ConsentPageAsync(browser, CodeFlow.AuthorizeUrl(clientId, challenge2) + "&prompt=consent");
    }

    [Fact]
    public async Task Deny_sends_access_denied_to_the_client_and_nothing_is_remembered()
    {
        var (clientId, _) = await ExplicitClientAsync();
        var (_, challenge) = CodeFlow.Pkce();
        using var browser = await AdminBrowser.SignInAsync(factory);
        var html = await ConsentPageAsync(browser, CodeFlow.AuthorizeUrl(clientId, challenge));

        var query = RedirectQuery(await ConsentPage.SubmitAsync(browser, html, ConsentPage.Deny));

        Assert.Equal("access_denied", query["error"].ToString());
        Assert.False(query.ContainsKey("code"));
        await AuditedAsync(browser, clientId, "consent-denied");
        await ConsentPageAsync(browser, CodeFlow.AuthorizeUrl(clientId, challenge));
    }

    [Fact]
    public async Task Allow_without_the_antiforgery_token_is_a_400_and_nothing_is_remembered()
    {
        var (clientId, _) = await ExplicitClientAsync();
        var (_, challenge) = CodeFlow.Pkce();
        using var browser = await AdminBrowser.SignInAsync(factory);
        var html = await ConsentPageAsync(browser, CodeFlow.AuthorizeUrl(clientId, challenge));

        var response = await ConsentPage.SubmitAsync(browser, html, ConsentPage.Allow, withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        // No consent was stored: the page comes again, and prompt=none cannot get a code.
        await ConsentPageAsync(browser, CodeFlow.AuthorizeUrl(clientId, challenge));
        Assert.DoesNotContain($"value=\"{clientId}\"", await browser.GetStringAsync("/account/applications"));
    }

    [Fact]
    public async Task Prompt_none_without_consent_is_consent_required()
    {
        var (clientId, _) = await ExplicitClientAsync();
        var (_, challenge) = CodeFlow.Pkce();
        using var browser = await AdminBrowser.SignInAsync(factory);

        var query = RedirectQuery(await browser.GetAsync(CodeFlow.AuthorizeUrl(clientId, challenge) + "&prompt=none"));

        Assert.Equal("consent_required", query["error"].ToString());
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Revoking_on_the_applications_page_stops_the_refresh_token_and_asks_again()
    {
        var (clientId, secret) = await ExplicitClientAsync();
        var (verifier, challenge) = CodeFlow.Pkce();
        using var browser = await AdminBrowser.SignInAsync(factory);
        var html = await ConsentPageAsync(browser, CodeFlow.AuthorizeUrl(clientId, challenge));
        var code = RedirectQuery(await ConsentPage.SubmitAsync(browser, html, ConsentPage.Allow))["code"].ToString();
        var (_, tokens) = await CodeFlow.RedeemAsync(factory, clientId, secret, code, verifier);
        var (refreshed, renewed) = await CodeFlow.RefreshAsync(factory, clientId, secret, tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, refreshed);

        var page = await browser.GetStringAsync("/account/applications");
        Assert.Contains(DisplayName, page);
        Assert.Contains($"value=\"{clientId}\"", page);
        var revoke = await AdminBrowser.PostFormAsync(browser, "/account/applications", "/account/applications/revoke", [new("clientId", clientId)]);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);

        var (status, body) = await CodeFlow.RefreshAsync(factory, clientId, secret, renewed.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
        using var api = factory.BearerClient(renewed.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/tenants")).StatusCode);
        Assert.DoesNotContain($"value=\"{clientId}\"", await browser.GetStringAsync("/account/applications"));
        await ConsentPageAsync(browser, CodeFlow.AuthorizeUrl(clientId, challenge));
    }

    [Fact]
    public async Task Revoking_without_the_antiforgery_token_or_for_an_unknown_client_changes_nothing()
    {
        var (clientId, _) = await ExplicitClientAsync();
        var (_, challenge) = CodeFlow.Pkce();
        using var browser = await AdminBrowser.SignInAsync(factory);
        var html = await ConsentPageAsync(browser, CodeFlow.AuthorizeUrl(clientId, challenge));
        RedirectQuery(await ConsentPage.SubmitAsync(browser, html, ConsentPage.Allow));

        var forged = await browser.PostAsync("/account/applications/revoke", new FormUrlEncodedContent([new("clientId", clientId)]));
        var unknown = await AdminBrowser.PostFormAsync(browser, "/account/applications", "/account/applications/revoke", [new("clientId", "no-such-client")]);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains($"value=\"{clientId}\"", await browser.GetStringAsync("/account/applications"));
    }

    [Fact]
    public async Task The_applications_page_needs_a_signed_in_user()
    {
        using var anonymous = factory.CreateBrowser();
        var response = await anonymous.GetAsync("/account/applications");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_unknown_consent_value_is_a_400_naming_consent_and_nothing_is_stored()
    {
        var clientId = "bad-consent-" + Guid.NewGuid().ToString("N")[..8];
        var (status, body) = await factory.CreateClientAsync(new
        {
            clientId, displayName = "Bad consent", type = "confidential", consent = "sometimes",
            grants = new[] { "authorization_code" }, redirectUris = new[] { CodeFlow.RedirectUri }, scopes = new[] { "openid" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("consent", out _), body.ToString());
        using var api = factory.BearerClient(await factory.ClientCredentialsTokenAsync("", "platform-automation", "platform.read"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/clients/{clientId}")).StatusCode);
    }

    [Fact]
    public async Task A_client_registered_without_consent_is_implicit_and_a_change_without_it_keeps_explicit()
    {
        var (clientId, _) = await ExplicitClientAsync();
        using var api = factory.BearerClient(await factory.ClientCredentialsTokenAsync("", "platform-automation", "platform.read"));
        var change = await api.PutAsJsonAsync($"/api/clients/{clientId}", new
        {
            displayName = DisplayName, type = "confidential",
            grants = new[] { "authorization_code", "refresh_token" }, redirectUris = new[] { CodeFlow.RedirectUri },
            scopes = new[] { "openid", "profile", "offline_access", "platform.read" },
        });
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Equal("explicit", (await api.GetFromJsonAsync<JsonElement>($"/api/clients/{clientId}")).GetProperty("consent").GetString());

        var (status, created) = await factory.CreateClientAsync(new
        {
            clientId = "implicit-" + Guid.NewGuid().ToString("N")[..8], displayName = "Implicit", type = "confidential",
            grants = new[] { "client_credentials" }, scopes = new[] { "platform.read" },
        });
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("implicit", created.GetProperty("client").GetProperty("consent").GetString());
    }
}
