using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenIddict.Abstractions;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary>
/// A scope an administrator added (it is in the tenant's store, not among the scopes registered in the server's
/// options) works end to end: OpenIddict's own scope check looks it up in the store, the token carries it, and
/// discovery lists it for its tenant only.
/// </summary>
public sealed class CustomScopeTokenTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    private readonly ScopesApiClient _api = new(factory);

    private Task<(HttpStatusCode Status, JsonElement Body)> ClientCredentialsAsync(string clientId, string secret, string scope) =>
        factory.TokenAsync("", new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
        });

    [Fact]
    public async Task A_client_permitted_a_custom_scope_gets_a_token_carrying_it()
    {
        await _api.CreateOkAsync("telemetry.read", "Read telemetry");
        var secret = await _api.CreateClientAsync("telemetry-robot", "telemetry.read");

        // Were the server to know only its registered scopes, this would be invalid_scope: the store was asked.
        var (status, body) = await ClientCredentialsAsync("telemetry-robot", secret, "telemetry.read");

        Assert.True(status == HttpStatusCode.OK, body.ToString());
        var principal = await factory.ValidateAccessTokenAsync(body.GetProperty("access_token").GetString()!);
        Assert.Equal("telemetry-robot", principal.GetClaim(OpenIddictConstants.Claims.ClientId));
        Assert.Equal(["telemetry.read"], principal.GetScopes().ToArray());
    }

    [Fact]
    public async Task A_token_is_issued_for_the_resources_of_its_scopes_and_no_others()
    {
        var created = await _api.CreateAsync(new { name = "fleet.read", displayName = "Read the fleet", resources = new[] { "fleet-api", "fleet-archive" } });
        Assert.True(created.Status == HttpStatusCode.Created, created.Body.ToString());
        await _api.CreateOkAsync("depots.read", "Read depots");
        var secret = await _api.CreateClientAsync("fleet-robot", "fleet.read", "depots.read");

        var (withResources, body) = await ClientCredentialsAsync("fleet-robot", secret, "fleet.read");
        var (withoutResources, bodyWithout) = await ClientCredentialsAsync("fleet-robot", secret, "depots.read");

        Assert.True(withResources == HttpStatusCode.OK, body.ToString());
        Assert.True(withoutResources == HttpStatusCode.OK, bodyWithout.ToString());
        var aimed = await factory.ValidateAccessTokenAsync(body.GetProperty("access_token").GetString()!);
        var unaimed = await factory.ValidateAccessTokenAsync(bodyWithout.GetProperty("access_token").GetString()!);
        Assert.Equal(["fleet-api", "fleet-archive"], aimed.GetAudiences().Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(unaimed.GetAudiences());
    }

    [Fact]
    public async Task A_custom_scope_the_client_was_not_permitted_is_invalid_scope_and_nothing_is_issued()
    {
        await _api.CreateOkAsync("telemetry.write", "Change telemetry");
        var secret = await _api.CreateClientAsync("telemetry-reader", "platform.read");

        var (status, body) = await ClientCredentialsAsync("telemetry-reader", secret, "platform.read telemetry.write");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_scope", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task A_client_cannot_be_permitted_a_scope_the_tenant_does_not_have()
    {
        await _api.CreateOkAsync("only.here", "Only in Default");

        // met does not have Default's scope.
        var (status, body) = await factory.CreateClientAsync(new
        {
            clientId = "met-borrower", displayName = "Borrower", type = "confidential", grants = new[] { "client_credentials" }, scopes = new[] { "only.here" },
        }, "/met", "met-automation");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("scopes", out _), body.ToString());
    }

    [Fact]
    public async Task Discovery_lists_a_custom_scope_for_its_own_tenant_only()
    {
        var met = new ScopesApiClient(factory, "/met", "met-automation");
        await met.CreateOkAsync("met.dispatch", "Met dispatch");

        using var client = factory.CreateApiClient();
        var metDoc = await client.GetFromJsonAsync<JsonElement>("/met/.well-known/openid-configuration");
        var defaultDoc = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        var metScopes = metDoc.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()).ToList();
        var defaultScopes = defaultDoc.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("met.dispatch", metScopes);
        Assert.Contains("openid", metScopes);
        Assert.DoesNotContain("met.dispatch", defaultScopes);
        Assert.Contains("openid", defaultScopes);
        Assert.Equal(metScopes.Count, metScopes.Distinct().Count());
    }
}
