using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary>
/// API refusals (401, 403) answer application/problem+json with a title, the status and a detail that gives nothing
/// away, whichever module the API belongs to and whether the caller sent no credentials, a bad token or a token
/// without the scope. A bearer challenge keeps its RFC 6750 WWW-Authenticate header. Pages keep their redirects.
/// </summary>
public sealed class ApiRefusalProblemTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private const string NotAToken = "not-a-real-token-6f1c2e";

    [Theory]
    [InlineData("/api/tenants")]
    [InlineData("/met/api/routing/plans")]
    [InlineData("/met/api/publications/reports")]
    [InlineData("/met/api/audit")]
    [InlineData("/met/api/clients")]
    public async Task An_api_call_without_credentials_is_401_problem_json(string path)
    {
        using var anonymous = factory.CreateApiClient();

        using var response = await anonymous.GetAsync(path);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Sign in required");
    }

    [Theory]
    [InlineData("/api/tenants")]
    [InlineData("/met/api/routing/plans")]
    [InlineData("/met/api/publications/reports")]
    [InlineData("/met/api/audit")]
    public async Task An_api_call_with_a_bad_token_is_401_problem_json_with_the_bearer_challenge(string path)
    {
        using var client = factory.BearerClient(NotAToken);

        using var response = await client.GetAsync(path);

        var body = await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Sign in required");
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("invalid_token", challenge.Parameter, StringComparison.Ordinal);
        Assert.DoesNotContain(NotAToken, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/met/api/routing/plans", "publications.read")]
    [InlineData("/met/api/publications/reports", "routing.read")]
    public async Task An_api_call_with_a_token_without_the_scope_is_403_problem_json(string path, string otherScope)
    {
        var token = await factory.ClientCredentialsTokenAsync("/met", "met-automation", otherScope);
        using var client = factory.BearerClient(token);

        using var response = await client.GetAsync(path);

        var body = await AssertProblemAsync(response, HttpStatusCode.Forbidden, "You do not have access");
        Assert.DoesNotContain(token, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_of_another_tenant_is_401_problem_json_there()
    {
        var metToken = await factory.ClientCredentialsTokenAsync("/met", "met-automation", "routing.read");
        using var client = factory.BearerClient(metToken);

        using var response = await client.GetAsync("/city/api/routing/plans");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Sign in required");
    }

    [Fact]
    public async Task A_page_without_a_session_still_redirects_to_sign_in()
    {
        using var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/met/routing/plans");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/met/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_endpoint_keeps_its_oauth_error_answer()
    {
        using var client = factory.CreateApiClient();

        using var response = await client.PostAsync("/met/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "met-automation", ["client_secret"] = "wrong-secret", ["scope"] = "routing.read",
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("invalid_client", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    private static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return text;
    }
}
