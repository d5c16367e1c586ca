using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Host;
using Portal.Host.Data;
using Portal.Host.Security;
using Portal.Integration.Tests.Support;

namespace Portal.Integration.Tests;

/// <summary>
/// The host key ring that protects the tenants' database passwords, on PostgreSQL: kept in the platform store so
/// that a password protected on one node is read on another; with <c>Portal:Database:KeyRingCertificate</c> the
/// keys themselves are encrypted, so a copy of the database alone does not reveal the passwords.
/// </summary>
public sealed class HostKeyRingOnPostgresTests(ThrowawayDatabase database) : IClassFixture<ThrowawayDatabase>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-keyring-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(PlatformStore Store, TenantPasswordProtector Protector)> NodeAsync(string? certificatePath = null)
    {
        var options = Options.Create(new PortalOptions
        {
            DataDir = Directory.CreateDirectory(Path.Combine(_folder, "node-" + Guid.NewGuid().ToString("N"))).FullName,
            Database = new PortalOptions.DatabaseOptions
            {
                Provider = "Postgres",
                ConnectionString = database.ConnectionString,
                KeyRingCertificate = new PortalOptions.CertificateOptions { Path = certificatePath, Password = certificatePath is null ? null : "test-only" },
            },
        });
        var locator = new TenantStoreLocator(options, new HostingEnvironment { ContentRootPath = _folder });
        var store = new PlatformStore(options, locator);
        await store.MigrateAsync(CancellationToken.None);
        return (store, new TenantPasswordProtector(store, locator, new KeyRingCertificate(options), NullLoggerFactory.Instance));
    }

    private string NewCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=portal key ring (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(_folder, "keyring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "test-only"));
        return path;
    }

    private async Task<List<string>> KeyXmlAsync() =>
        await PostgresSql.StringsAsync(database.ConnectionString, "SELECT \"Xml\" FROM platform.\"DataProtectionKeys\" ORDER BY \"Id\"");

    [Fact]
    public async Task Keys_are_encrypted_with_the_certificate_and_shared_by_every_node_that_has_it()
    {
        var certificate = NewCertificate();
        var (_, node1) = await NodeAsync(certificate);
        var (_, node2) = await NodeAsync(certificate);
        using (node1)
        using (node2)
        {
            var protectedPassword = node1.Protect("tenant-password-value");

            Assert.Equal("tenant-password-value", node2.Unprotect(protectedPassword));
            var keys = await KeyXmlAsync();
            Assert.Single(keys);
            Assert.Contains("encryptedSecret", keys[0]);
            Assert.DoesNotContain("<value>", keys[0]); // the plain master key element
        }

        // A node with the database but not the certificate cannot read the key, so not the password either.
        var (_, stranger) = await NodeAsync();
        using (stranger)
        {
            var (_, holder) = await NodeAsync(certificate);
            using (holder)
            {
                var protectedAgain = holder.Protect("tenant-password-value");
                Assert.ThrowsAny<CryptographicException>(() => stranger.Unprotect(protectedAgain));
            }
        }
    }
}
