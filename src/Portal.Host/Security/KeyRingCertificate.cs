using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Host.Shell;

namespace Portal.Host.Security;

/// <summary>
/// The certificate (<c>Portal:Database:KeyRingCertificate</c>) that encrypts the key rings kept in the store: the
/// host's, which protects the tenants' database passwords, and each tenant's. Without it a dump of the database
/// holds the keys beside what they protect. On PostgreSQL outside Development the portal therefore refuses to
/// start without one, unless <c>Portal:Database:AllowUnencryptedKeyRing</c> says otherwise (a local demo).
/// Every node loads the same certificate, so every node reads the keys another wrote.
/// </summary>
[HostOnly]
internal sealed class KeyRingCertificate : IDisposable
{
    public KeyRingCertificate(IOptions<PortalOptions> options)
    {
        if (options.Value.Database.KeyRingCertificate is { Path: { Length: > 0 } path } configured)
        {
            Certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configured.Password);
        }
    }

    /// <summary>Called while the host is configured, so a production node without the certificate never starts.</summary>
    public static void EnsureConfigured(PortalOptions.DatabaseOptions database, IHostEnvironment environment)
    {
        var isPostgres = string.Equals(database.Provider, "Postgres", StringComparison.OrdinalIgnoreCase);
        if (isPostgres && string.IsNullOrEmpty(database.KeyRingCertificate.Path) && !environment.IsDevelopment() && !database.AllowUnencryptedKeyRing)
        {
            throw new InvalidOperationException(
                "On PostgreSQL the key rings live in the database: set Portal:Database:KeyRingCertificate:Path (a PFX) and :Password " +
                "so that they are encrypted there, or Portal:Database:AllowUnencryptedKeyRing=true for a local demo.");
        }
    }

    public X509Certificate2? Certificate { get; }

    /// <summary>Encrypts the keys this ring writes, when a certificate is configured.</summary>
    public void Apply(IDataProtectionBuilder dataProtection)
    {
        if (Certificate is not null)
        {
            dataProtection.ProtectKeysWithCertificate(Certificate).UnprotectKeysWithAnyCertificate(Certificate);
        }
    }

    public void Dispose() => Certificate?.Dispose();
}
