using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.OpenId.Tests.Support;

/// <summary>Drives the authorization code flow with a cookie-keeping client, the way a browser and a client app would.</summary>
public static partial class CodeFlow
{
    public const string RedirectUri = "http://127.0.0.1:5999/callback";

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex TokenPattern();

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (verifier, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizeUrl(string clientId, string? challenge, string method = "S256", string redirectUri = RedirectUri, string scope = "openid profile offline_access platform.read")
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["response_type"] = "code", ["redirect_uri"] = redirectUri, ["scope"] = scope, ["state"] = "xyz",
        };
        if (challenge is not null)
        {
            query["code_challenge"] = challenge;
            query["code_challenge_method"] = method;
        }

        return QueryHelpers.AddQueryString("/connect/authorize", query);
    }

    public static async Task SignInAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = OpenIdPortalFactory.AdminEmail, ["Password"] = OpenIdPortalFactory.AdminPassword, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Signs in, then follows the authorize request to the client's redirect; returns the code.</summary>
    public static async Task<string> CodeAsync(HttpClient browser, string clientId, string challenge)
    {
        await SignInAsync(browser);
        var response = await browser.GetAsync(AuthorizeUrl(clientId, challenge));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri, location.ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("xyz", query["state"].ToString());
        return query["code"].ToString();
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> RedeemAsync(OpenIdPortalFactory factory, string clientId, string secret, string code, string verifier) =>
        factory.TokenAsync("", new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = clientId, ["client_secret"] = secret, ["code"] = code,
            ["code_verifier"] = verifier, ["redirect_uri"] = RedirectUri,
        });

    public static Task<(HttpStatusCode Status, JsonElement Body)> RefreshAsync(OpenIdPortalFactory factory, string clientId, string secret, string refreshToken) =>
        factory.TokenAsync("", new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = clientId, ["client_secret"] = secret, ["refresh_token"] = refreshToken,
        });
}
