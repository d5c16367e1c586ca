using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Portal.OpenId.Tests.Support;

namespace Portal.OpenId.Tests.Integration;

/// <summary>
/// With configured certificates the server signs with the signing certificate, but encrypts access tokens with the
/// tenant's stored AES key (decrypting a token encrypted to an RSA certificate costs about 1 ms of CPU per API call).
/// </summary>
public sealed class CertificateKeysTests : IDisposable
{
    private const string Password = "cert-tests-pfx-password";
    private readonly DirectoryInfo _certificates = Directory.CreateTempSubdirectory("portal-openid-certs-");

    [Fact]
    public async Task Access_tokens_are_encrypted_with_the_stored_AES_key_and_signed_with_the_certificate()
    {
        var signing = WritePfx("signing", X509KeyUsageFlags.DigitalSignature);
        var encryption = WritePfx("encryption", X509KeyUsageFlags.KeyEncipherment);
        using var factory = new OpenIdPortalFactory(Directory.CreateTempSubdirectory("portal-openid-prod-").FullName, ownsDataDir: true, "Production",
            new Dictionary<string, string>
            {
                ["Portal:OpenId:SigningCertificate:Path"] = signing,
                ["Portal:OpenId:SigningCertificate:Password"] = Password,
                ["Portal:OpenId:EncryptionCertificate:Path"] = encryption,
                ["Portal:OpenId:EncryptionCertificate:Password"] = Password,
            });

        var token = await factory.ClientCredentialsTokenAsync("", "platform-automation", "platform.read");

        var header = JsonDocument.Parse(Base64UrlEncoder.Decode(token.Split('.')[0])).RootElement;
        Assert.Equal(5, token.Split('.').Length);
        Assert.Equal(SecurityAlgorithms.Aes256KW, header.GetProperty("alg").GetString());
        Assert.Equal(SecurityAlgorithms.Aes256CbcHmacSha512, header.GetProperty("enc").GetString());
        using var api = factory.BearerClient(token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/tenants")).StatusCode);

        // Identity tokens and the JWKS still use the certificate: clients check signatures with its public key.
        using var anonymous = factory.CreateApiClient();
        var jwks = JsonDocument.Parse(await anonymous.GetStringAsync("/.well-known/jwks")).RootElement.GetProperty("keys");
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(signing, Password);
        Assert.Contains(jwks.EnumerateArray(), k => k.TryGetProperty("x5t", out var x5t) && x5t.GetString() == Base64UrlEncoder.Encode(certificate.GetCertHash()));
    }

    private string WritePfx(string name, X509KeyUsageFlags usage)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=portal-tests-{name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_certificates.FullName, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    public void Dispose() => _certificates.Delete(recursive: true);
}
