using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>
/// With <c>Portal:Database:KeyRingCertificate</c> every key ring kept in PostgreSQL is encrypted: the host's (which
/// protects the tenants' database passwords) and each tenant's (cookies, antiforgery, OpenID keys), so a copy of
/// the database alone reveals none of them.
/// </summary>
public sealed class TenantKeyRingEncryptionTests(ThrowawayDatabase database) : IClassFixture<ThrowawayDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-tenant-keyring-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_host_and_tenant_key_rings_are_stored_encrypted()
    {
        await using var node = new PostgresPortalFactory(database) { KeyRingCertificatePath = NewCertificate() };
        using var browser = node.CreateBrowser(new CookieContainer());

        // Signing in protects a cookie, which creates met's first key.
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.SignInAsync(browser, browser, "/met")).StatusCode);

        var hostKeys = await PostgresSql.StringsAsync(database.ConnectionString, "SELECT \"Xml\" FROM platform.\"DataProtectionKeys\"");
        var metKeys = await PostgresSql.StringsAsync(database.ConnectionString, $"SELECT \"Xml\" FROM \"{database.RolePrefix}met\".\"DataProtectionKeys\"");
        Assert.NotEmpty(hostKeys);
        Assert.NotEmpty(metKeys);
        Assert.All(hostKeys.Concat(metKeys), xml =>
        {
            Assert.Contains("encryptedSecret", xml);
            Assert.DoesNotContain("<value>", xml); // the master key in plain form
        });
    }

    private string NewCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=portal key rings (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(_folder, "keyrings.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "test-only"));
        return path;
    }
}
