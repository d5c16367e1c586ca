using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

public sealed class AuthorizationCodeTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private async Task<(string ClientId, string Secret)> WebClientAsync()
    {
        var clientId = "web-" + Guid.NewGuid().ToString("N")[..8];
        var (status, body) = await factory.CreateClientAsync(new
        {
            clientId, displayName = "Web app", type = "confidential",
            grants = new[] { "authorization_code", "refresh_token" }, redirectUris = new[] { CodeFlow.RedirectUri },
            scopes = new[] { "openid", "profile", "offline_access", "platform.read" },
        });
        Assert.Equal(HttpStatusCode.Created, status);
        return (clientId, body.GetProperty("secret").GetString()!);
    }

    private async Task<HttpStatusCode> CallApiAsync(string accessToken)
    {
        using var api = factory.BearerClient(accessToken);
        return (await api.GetAsync("/api/tenants")).StatusCode;
    }

    [Fact]
    public async Task Code_with_S256_gives_tokens_that_open_the_api_as_the_user()
    {
        var (clientId, secret) = await WebClientAsync();
        var (verifier, challenge) = CodeFlow.Pkce();
        using var browser = factory.CreateBrowser();

        // Not signed in: the authorize request goes to the tenant's sign-in page and comes back after it.
        var first = await browser.GetAsync(CodeFlow.AuthorizeUrl(clientId, challenge));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("/account/login", first.Headers.Location!.ToString());

        var code = await CodeFlow.CodeAsync(browser, clientId, challenge);
        var (status, tokens) = await CodeFlow.RedeemAsync(factory, clientId, secret, code, verifier);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(tokens.TryGetProperty("id_token", out _));
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
        Assert.InRange(tokens.GetProperty("expires_in").GetInt32(), 500, 600);
        Assert.Equal(HttpStatusCode.OK, await CallApiAsync(tokens.GetProperty("access_token").GetString()!));
    }

    [Fact]
    public async Task A_wrong_verifier_is_refused()
    {
        var (clientId, secret) = await WebClientAsync();
        var (_, challenge) = CodeFlow.Pkce();
        using var browser = factory.CreateBrowser();
        var code = await CodeFlow.CodeAsync(browser, clientId, challenge);

        var (status, body) = await CodeFlow.RedeemAsync(factory, clientId, secret, code, CodeFlow.Pkce().Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData(false, "S256")]
    [InlineData(true, "plain")]
    public async Task Without_PKCE_or_with_plain_the_request_is_refused(bool sendChallenge, string method)
    {
        var (clientId, _) = await WebClientAsync();
        using var browser = factory.CreateBrowser();
        await CodeFlow.SignInAsync(browser);

        var response = await browser.GetAsync(CodeFlow.AuthorizeUrl(clientId, sendChallenge ? CodeFlow.Pkce().Verifier : null, method));

        // Refused before any code exists: OpenIddict answers with an error, never a code.
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect, $"answered {(int)response.StatusCode}");
        if (response.Headers.Location is { } location)
        {
            var query = QueryHelpers.ParseQuery(location.Query);
            Assert.Equal("invalid_request", query["error"].ToString());
            Assert.False(query.ContainsKey("code"));
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:5999/Callback")]
    [InlineData("http://127.0.0.1:5999/callback/")]
    [InlineData("http://127.0.0.1:5998/callback")]
    [InlineData("http://127.0.0.1:5999/callback?x=1")]
    [InlineData("http://evil.example/callback")]
    public async Task A_redirect_uri_that_is_not_exactly_registered_is_refused_without_redirecting(string redirectUri)
    {
        var (clientId, _) = await WebClientAsync();
        using var browser = factory.CreateBrowser();
        await CodeFlow.SignInAsync(browser);

        var response = await browser.GetAsync(CodeFlow.AuthorizeUrl(clientId, CodeFlow.Pkce().Challenge, redirectUri: redirectUri));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_code_used_twice_is_refused_and_the_tokens_of_its_first_use_are_revoked()
    {
        var (clientId, secret) = await WebClientAsync();
        var (verifier, challenge) = CodeFlow.Pkce();
        using var browser = factory.CreateBrowser();
        var code = await CodeFlow.CodeAsync(browser, clientId, challenge);
        var (_, tokens) = await CodeFlow.RedeemAsync(factory, clientId, secret, code, verifier);
        var access = tokens.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await CallApiAsync(access));

        var (status, body) = await CodeFlow.RedeemAsync(factory, clientId, secret, code, verifier);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, await CallApiAsync(access));
        var (refreshStatus, _) = await CodeFlow.RefreshAsync(factory, clientId, secret, tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, refreshStatus);
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_replaying_an_old_one_revokes_the_newest()
    {
        var (clientId, secret) = await WebClientAsync();
        var (verifier, challenge) = CodeFlow.Pkce();
        using var browser = factory.CreateBrowser();
        var code = await CodeFlow.CodeAsync(browser, clientId, challenge);
        var (_, first) = await CodeFlow.RedeemAsync(factory, clientId, secret, code, verifier);
        var firstRefresh = first.GetProperty("refresh_token").GetString()!;

        var (status, second) = await CodeFlow.RefreshAsync(factory, clientId, secret, firstRefresh);
        Assert.Equal(HttpStatusCode.OK, status);
        var secondRefresh = second.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(firstRefresh, secondRefresh);
        var newestAccess = second.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await CallApiAsync(newestAccess));

        var (replayStatus, replay) = await CodeFlow.RefreshAsync(factory, clientId, secret, firstRefresh);
        Assert.Equal(HttpStatusCode.BadRequest, replayStatus);
        Assert.Equal("invalid_grant", replay.GetProperty("error").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, await CallApiAsync(newestAccess));
        var (newestStatus, _) = await CodeFlow.RefreshAsync(factory, clientId, secret, secondRefresh);
        Assert.Equal(HttpStatusCode.BadRequest, newestStatus);
    }
}
