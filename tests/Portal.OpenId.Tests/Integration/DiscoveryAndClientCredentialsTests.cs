using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

public sealed class DiscoveryAndClientCredentialsTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private static readonly string[] S256Only = ["S256"];

    [Theory]
    [InlineData("", "http://localhost/")]
    [InlineData("/met", "http://localhost/met/")]
    public async Task Discovery_is_per_tenant_with_S256_only_and_no_implicit_or_password(string pathBase, string issuer)
    {
        using var client = factory.CreateApiClient();
        var doc = await client.GetFromJsonAsync<JsonElement>(pathBase + "/.well-known/openid-configuration");

        Assert.Equal(issuer, doc.GetProperty("issuer").GetString());
        // The issuer is the tenant's base with its trailing slash; the endpoints sit right under it.
        var endpoints = issuer;
        Assert.Equal(endpoints + "connect/token", doc.GetProperty("token_endpoint").GetString());
        Assert.Equal(endpoints + "connect/authorize", doc.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(endpoints + "connect/introspect", doc.GetProperty("introspection_endpoint").GetString());
        Assert.Equal(S256Only, doc.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()).ToArray());
        var grants = doc.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains("refresh_token", grants);
        Assert.DoesNotContain("implicit", grants);
        Assert.DoesNotContain("password", grants);
        var responseTypes = doc.GetProperty("response_types_supported").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["code"], responseTypes);
    }

    [Theory]
    [InlineData("", "platform-automation", "platform.read")]
    [InlineData("/met", "met-automation", "routing.read")]
    public async Task An_issued_token_carries_the_issuer_discovery_announces(string pathBase, string clientId, string scope)
    {
        using var client = factory.CreateApiClient();
        var issuer = (await client.GetFromJsonAsync<JsonElement>(pathBase + "/.well-known/openid-configuration")).GetProperty("issuer").GetString();
        var token = await factory.ClientCredentialsTokenAsync(pathBase, clientId, scope);

        // Access tokens are encrypted: the server says what is inside through introspection (RFC 7662).
        var response = await client.PostAsync(pathBase + "/connect/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = clientId, ["client_secret"] = OpenIdPortalFactory.ClientSecret, ["token"] = token,
        }));
        var introspection = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(introspection.GetProperty("active").GetBoolean());
        Assert.Equal("http://localhost" + pathBase + "/", issuer);
        Assert.Equal(issuer, introspection.GetProperty("iss").GetString());
    }

    [Fact]
    public async Task Client_credentials_token_opens_the_platform_api_of_its_tenant_only()
    {
        var token = await factory.ClientCredentialsTokenAsync("", "platform-automation", "platform.read");
        using var api = factory.BearerClient(token);

        var tenants = await api.GetAsync("/api/tenants");
        Assert.Equal(HttpStatusCode.OK, tenants.StatusCode);
        Assert.Contains("\"met\"", await tenants.Content.ReadAsStringAsync());

        // The same token on met's API: another issuer, refused with an RFC 6750 challenge.
        var met = await api.GetAsync("/met/api/clients");
        Assert.Equal(HttpStatusCode.Unauthorized, met.StatusCode);
        Assert.Contains(met.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");

        // And met's own token is refused by city.
        var metToken = await factory.ClientCredentialsTokenAsync("/met", "met-automation", "routing.read");
        using var metApi = factory.BearerClient(metToken);
        Assert.Equal(HttpStatusCode.OK, (await metApi.GetAsync("/met/api/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await metApi.GetAsync("/city/api/clients")).StatusCode);
    }

    [Fact]
    public async Task A_garbage_bearer_token_gets_an_rfc6750_401_and_a_cookie_less_api_call_a_problem()
    {
        using var api = factory.BearerClient("not-a-token");
        var response = await api.GetAsync("/api/tenants");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Contains("invalid_token", challenge.Parameter);

        using var anonymous = factory.CreateApiClient();
        var cookieLess = await anonymous.GetAsync("/api/tenants");
        Assert.Equal(HttpStatusCode.Unauthorized, cookieLess.StatusCode);
        Assert.Equal("application/problem+json", cookieLess.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_token_without_the_permission_is_forbidden_with_a_bearer_403()
    {
        var (status, _) = await factory.CreateClientAsync(new
        {
            clientId = "no-roles", displayName = "No roles", type = "confidential",
            grants = new[] { "client_credentials" }, scopes = new[] { "platform.read" },
        });
        Assert.Equal(HttpStatusCode.Created, status);
        using var admin = factory.BearerClient(await factory.ClientCredentialsTokenAsync("", "platform-automation", "platform.read"));
        var secret = await (await admin.PostAsync("/api/clients/no-roles/secret", null)).Content.ReadFromJsonAsync<JsonElement>();

        var (tokenStatus, body) = await factory.TokenAsync("", new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "no-roles", ["client_secret"] = secret.GetProperty("secret").GetString()!,
        });
        Assert.Equal(HttpStatusCode.OK, tokenStatus);
        using var api = factory.BearerClient(body.GetProperty("access_token").GetString()!);
        var response = await api.GetAsync("/api/tenants");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory]
    [InlineData("platform-automation", "wrong-secret", "client_credentials", "platform.read", "invalid_client")]
    [InlineData("nobody", OpenIdPortalFactory.ClientSecret, "client_credentials", "platform.read", "invalid_client")]
    [InlineData("platform-automation", OpenIdPortalFactory.ClientSecret, "client_credentials", "routing.write", "invalid_scope")]
    [InlineData("platform-automation", OpenIdPortalFactory.ClientSecret, "client_credentials", "unknown.scope", "invalid_scope")]
    [InlineData("platform-automation", OpenIdPortalFactory.ClientSecret, "password", "platform.read", "unsupported_grant_type")]
    [InlineData("platform-automation", OpenIdPortalFactory.ClientSecret, "implicit", "platform.read", "unsupported_grant_type")]
    public async Task Token_requests_that_must_fail_issue_nothing(string clientId, string secret, string grant, string scope, string error)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = grant, ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
            ["username"] = OpenIdPortalFactory.AdminEmail, ["password"] = OpenIdPortalFactory.AdminPassword,
        };
        var (status, body) = await factory.TokenAsync("", form);

        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"answered {(int)status}");
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task A_grant_the_client_was_not_given_is_unauthorized_client()
    {
        var (status, created) = await factory.CreateClientAsync(new
        {
            clientId = "code-only", displayName = "Code only", type = "confidential",
            grants = new[] { "authorization_code" }, redirectUris = new[] { "http://127.0.0.1:5999/cb" }, scopes = new[] { "openid" },
        });
        Assert.Equal(HttpStatusCode.Created, status);

        var (tokenStatus, body) = await factory.TokenAsync("", new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "code-only", ["client_secret"] = created.GetProperty("secret").GetString()!,
        });
        Assert.Equal(HttpStatusCode.BadRequest, tokenStatus);
        Assert.Equal("unauthorized_client", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }
}
