using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary>
/// A user's tokens end when the account changes (password, lock): the refresh token is refused and the access
/// token already out stops working, as the user's cookie sessions do.
/// </summary>
public sealed class AccountChangeTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private const string NewPassword = "Changed-OpenId-Passw0rd-77!";

    private static async Task<(string ClientId, string Secret)> WebClientAsync(OpenIdPortalFactory portal)
    {
        var clientId = "web-" + Guid.NewGuid().ToString("N")[..8];
        var (status, body) = await portal.CreateClientAsync(new
        {
            clientId, displayName = "Web app", type = "confidential",
            grants = new[] { "authorization_code", "refresh_token" }, redirectUris = new[] { CodeFlow.RedirectUri },
            scopes = new[] { "openid", "profile", "offline_access", "platform.read" },
        });
        Assert.Equal(HttpStatusCode.Created, status);
        return (clientId, body.GetProperty("secret").GetString()!);
    }

    private static async Task<HttpStatusCode> CallApiAsync(OpenIdPortalFactory portal, string accessToken)
    {
        using var api = portal.BearerClient(accessToken);
        return (await api.GetAsync("/api/tenants")).StatusCode;
    }

    /// <summary>The code for a browser that is already signed in.</summary>
    private static async Task<string> CodeForSignedInAsync(HttpClient browser, string clientId, string challenge)
    {
        var response = await browser.GetAsync(CodeFlow.AuthorizeUrl(clientId, challenge));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(CodeFlow.RedirectUri, location.ToString());
        return QueryHelpers.ParseQuery(location.Query)["code"].ToString();
    }

    private static void AssertRefusedAsAccountChanged(HttpStatusCode status, JsonElement body)
    {
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.Equal("The account has changed; sign in again.", body.GetProperty("error_description").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
        Assert.False(body.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task Without_a_change_the_refresh_token_works_and_the_stamp_is_not_in_the_tokens()
    {
        var (clientId, secret) = await WebClientAsync(factory);
        var (verifier, challenge) = CodeFlow.Pkce();
        using var browser = factory.CreateBrowser();
        var code = await CodeFlow.CodeAsync(browser, clientId, challenge);
        var (_, first) = await CodeFlow.RedeemAsync(factory, clientId, secret, code, verifier);

        var (status, second) = await CodeFlow.RefreshAsync(factory, clientId, secret, first.GetProperty("refresh_token").GetString()!);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, await CallApiAsync(factory, second.GetProperty("access_token").GetString()!));
        // The stamp stays in the code and refresh tokens; the identity token the client reads never carries it
        // (access tokens are encrypted: DestinationsTests covers them).
        foreach (var token in new[] { first, second }.Select(t => t.GetProperty("id_token").GetString()!))
        {
            var payload = System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token.Split('.')[1]));
            Assert.Contains("\"sub\"", payload);
            Assert.DoesNotContain("portal:stamp", payload);
        }
    }

    [Fact]
    public async Task After_the_user_changes_their_password_the_refresh_token_and_access_token_stop_working()
    {
        // A portal of its own: the administrator's password changes here.
        using var portal = new OpenIdPortalFactory();
        var (clientId, secret) = await WebClientAsync(portal);
        var (verifier, challenge) = CodeFlow.Pkce();
        using var browser = portal.CreateBrowser();
        var code = await CodeFlow.CodeAsync(browser, clientId, challenge);
        var (_, tokens) = await CodeFlow.RedeemAsync(portal, clientId, secret, code, verifier);
        var access = tokens.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await CallApiAsync(portal, access));

        var change = await AdminBrowser.PostFormAsync(browser, "/account/password", "/account/password",
        [
            new("CurrentPassword", OpenIdPortalFactory.AdminPassword), new("NewPassword", NewPassword), new("ConfirmPassword", NewPassword),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        var (status, body) = await CodeFlow.RefreshAsync(portal, clientId, secret, tokens.GetProperty("refresh_token").GetString()!);

        AssertRefusedAsAccountChanged(status, body);
        Assert.Equal(HttpStatusCode.Unauthorized, await CallApiAsync(portal, access));
    }

    [Fact]
    public async Task After_an_administrator_locks_the_user_the_refresh_token_and_access_token_stop_working()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        var email = "locked-" + Guid.NewGuid().ToString("N")[..8] + "@openid-tests.example.org";
        await AdminBrowser.CreateUserAsync(admin, email, "Administrator");
        var (clientId, secret) = await WebClientAsync(factory);
        var (verifier, challenge) = CodeFlow.Pkce();
        using var user = await AdminBrowser.SignInAsync(factory, email, AdminBrowser.UserPassword);
        var code = await CodeForSignedInAsync(user, clientId, challenge);
        var (_, tokens) = await CodeFlow.RedeemAsync(factory, clientId, secret, code, verifier);
        var access = tokens.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await CallApiAsync(factory, access));

        var list = await admin.GetStringAsync("/admin/users");
        var id = Regex.Match(list, ">" + Regex.Escape(email) + @"</td>.*?/admin/users/([^/""]+)/edit", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(id);
        var locked = await AdminBrowser.PostFormAsync(admin, $"/admin/users/{id}/edit", $"/admin/users/{id}/lock", []);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);

        var (status, body) = await CodeFlow.RefreshAsync(factory, clientId, secret, tokens.GetProperty("refresh_token").GetString()!);

        AssertRefusedAsAccountChanged(status, body);
        Assert.Equal(HttpStatusCode.Unauthorized, await CallApiAsync(factory, access));
    }

    /// <summary>
    /// Identity's lockout (five wrong passwords, from anyone) keeps the security stamp, so the session already open
    /// in this browser stays valid: the authorization endpoint's own account check is what refuses. (An
    /// administrator's lock renews the stamp and ends the session itself: the browser is sent to sign in.)
    /// </summary>
    [Fact]
    public async Task A_user_locked_out_after_signing_in_gets_access_denied_and_no_code()
    {
        using var admin = await AdminBrowser.SignInAsync(factory);
        var email = "locked-later-" + Guid.NewGuid().ToString("N")[..8] + "@openid-tests.example.org";
        await AdminBrowser.CreateUserAsync(admin, email, "Administrator");
        var (clientId, _) = await WebClientAsync(factory);
        var (_, challenge) = CodeFlow.Pkce();
        using var user = await AdminBrowser.SignInAsync(factory, email, AdminBrowser.UserPassword);
        Assert.NotEmpty(await CodeForSignedInAsync(user, clientId, challenge));

        using var attacker = factory.CreateBrowser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await AdminBrowser.PostFormAsync(attacker, "/account/login", "/account/login", [new("Email", email), new("Password", "Wrong-Passw0rd-" + attempt)]);
            Assert.NotEqual(HttpStatusCode.Redirect, wrong.StatusCode);
        }

        // Locked out: even the right password is refused now.
        using var again = factory.CreateBrowser();
        var right = await AdminBrowser.PostFormAsync(again, "/account/login", "/account/login", [new("Email", email), new("Password", AdminBrowser.UserPassword)]);
        Assert.NotEqual(HttpStatusCode.Redirect, right.StatusCode);

        var response = await user.GetAsync(CodeFlow.AuthorizeUrl(clientId, challenge));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.True(location.ToString().StartsWith(CodeFlow.RedirectUri, StringComparison.Ordinal), location.ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("access_denied", query["error"].ToString());
        Assert.Equal("This account may not sign in.", query["error_description"].ToString());
        Assert.False(query.ContainsKey("code"));
    }
}
