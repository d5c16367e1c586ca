using System.Net;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

public sealed class KeysTests
{
    [Fact]
    public async Task A_token_issued_before_a_restart_is_still_valid_after_it()
    {
        var dataDir = Directory.CreateTempSubdirectory("portal-openid-keys-").FullName;
        string token;
        using (var first = new OpenIdPortalFactory(dataDir, ownsDataDir: false))
        {
            token = await first.ClientCredentialsTokenAsync("", "platform-automation", "platform.read");
        }

        using var second = new OpenIdPortalFactory(dataDir, ownsDataDir: true);
        using var api = second.BearerClient(token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/tenants")).StatusCode);
    }

    [Fact]
    public void Outside_development_without_certificates_the_server_refuses_to_start()
    {
        using var factory = new OpenIdPortalFactory(Directory.CreateTempSubdirectory("portal-openid-prod-").FullName, ownsDataDir: true, "Production");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateApiClient());
        Assert.Contains("Portal:OpenId:SigningCertificate", Flatten(error));
        Assert.Contains("AllowGeneratedKeys", Flatten(error));
    }

    [Fact]
    public async Task Outside_development_generated_keys_are_used_when_allowed()
    {
        using var factory = new OpenIdPortalFactory(Directory.CreateTempSubdirectory("portal-openid-prod-").FullName, ownsDataDir: true, "Production",
            new Dictionary<string, string> { ["Portal:OpenId:AllowGeneratedKeys"] = "true" });
        var token = await factory.ClientCredentialsTokenAsync("", "platform-automation", "platform.read");
        using var api = factory.BearerClient(token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/tenants")).StatusCode);
    }

    private static string Flatten(Exception error) => error is AggregateException a
        ? string.Join(" ", a.InnerExceptions.Select(Flatten))
        : error.Message + " " + (error.InnerException is null ? "" : Flatten(error.InnerException));
}
