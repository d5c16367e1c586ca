using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

public sealed class ClientsApiTests(OpenIdPortalFactory factory) : IClassFixture<OpenIdPortalFactory>
{
    [Theory]
    [InlineData("redirectUris", "confidential", "authorization_code", "http://127.0.0.1:5999/cb#frag", "openid")]
    [InlineData("redirectUris", "confidential", "authorization_code", "not a uri", "openid")]
    [InlineData("scopes", "confidential", "client_credentials", "", "no.such.scope")]
    [InlineData("grants", "public", "client_credentials", "", "platform.read")]
    [InlineData("grants", "confidential", "password", "", "platform.read")]
    public async Task Bad_input_is_a_400_naming_the_field_and_nothing_is_stored(string field, string type, string grant, string redirect, string scope)
    {
        var clientId = "bad-" + Guid.NewGuid().ToString("N")[..8];
        var (status, body) = await factory.CreateClientAsync(new
        {
            clientId, displayName = "Bad", type, grants = new[] { grant },
            redirectUris = redirect.Length == 0 ? Array.Empty<string>() : [redirect], scopes = new[] { scope },
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
        using var api = factory.BearerClient(await factory.ClientCredentialsTokenAsync("", "platform-automation", "platform.read"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/clients/{clientId}")).StatusCode);
    }

    [Fact]
    public async Task A_duplicate_client_id_is_a_409_and_the_secret_never_comes_back()
    {
        var (status, _) = await factory.CreateClientAsync(new
        {
            clientId = "platform-automation", displayName = "Again", type = "confidential", grants = new[] { "client_credentials" },
        });
        Assert.Equal(HttpStatusCode.Conflict, status);

        using var api = factory.BearerClient(await factory.ClientCredentialsTokenAsync("", "platform-automation", "platform.read"));
        var text = await api.GetStringAsync("/api/clients/platform-automation");
        Assert.DoesNotContain(OpenIdPortalFactory.ClientSecret, text);
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("CREATE")]
    public async Task A_client_id_the_admin_pages_use_as_a_path_is_refused_and_nothing_is_stored(string clientId)
    {
        var (status, body) = await factory.CreateClientAsync(new
        {
            clientId, displayName = "Reserved", type = "confidential", grants = new[] { "client_credentials" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("reserved", body.GetProperty("errors").GetProperty("clientId")[0].GetString());
        using var api = factory.BearerClient(await factory.ClientCredentialsTokenAsync("", "platform-automation", "platform.read"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/clients/{clientId}")).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_or_cookie_the_api_is_refused()
    {
        using var anonymous = factory.CreateApiClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/clients")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/clients", new { clientId = "x" })).StatusCode);
    }
}
