using System.Net;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary>The token endpoint is limited per client id and per client address, before any secret is checked.</summary>
public sealed class TokenRateLimitTests
{
    [Fact]
    public async Task Token_requests_over_the_per_client_limit_get_429_with_retry_after_and_no_token()
    {
        using var factory = new OpenIdPortalFactory(Directory.CreateTempSubdirectory("portal-openid-limits-").FullName, ownsDataDir: true,
            settings: new Dictionary<string, string>
            {
                ["Portal:RateLimits:Token:PerClientPerMinute"] = "3",
                ["Portal:RateLimits:Token:PerAddressPerMinute"] = "100",
            });

        for (var i = 0; i < 3; i++)
        {
            var (status, _) = await factory.TokenAsync("", Form("platform-automation", "wrong-secret-" + i));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, status);
        }

        using var client = factory.CreateApiClient();
        var refused = await client.PostAsync("/connect/token", new FormUrlEncodedContent(Form("platform-automation", OpenIdPortalFactory.ClientSecret)));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null, refused.ToString() + await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain("access_token", await refused.Content.ReadAsStringAsync());

        // Another client is not held up by the first one's limit.
        var (other, body) = await factory.TokenAsync("/met", Form("met-automation", OpenIdPortalFactory.ClientSecret, "routing.read"));
        Assert.Equal(HttpStatusCode.OK, other);
        Assert.True(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Token_requests_over_the_per_address_limit_get_429()
    {
        using var factory = new OpenIdPortalFactory(Directory.CreateTempSubdirectory("portal-openid-limits-").FullName, ownsDataDir: true,
            settings: new Dictionary<string, string>
            {
                ["Portal:RateLimits:Token:PerClientPerMinute"] = "100",
                ["Portal:RateLimits:Token:PerAddressPerMinute"] = "2",
            });

        for (var i = 0; i < 2; i++)
        {
            var (status, _) = await factory.TokenAsync("", Form("client-" + i, "secret"));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, status);
        }

        var (limited, _) = await factory.TokenAsync("", Form("client-3", "secret"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited);
    }

    private static Dictionary<string, string> Form(string clientId, string secret, string scope = "platform.read") => new()
    {
        ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
    };
}
