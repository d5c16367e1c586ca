using System.Security.Cryptography.X509Certificates;

namespace Portal.OpenId.Keys;

/// <summary>Loads the configured certificates; a certificate that cannot be used stops the tenant with the reason.</summary>
internal static class CertificateLoader
{
    public static X509Certificate2 Load(CertificateSettings settings, string key)
    {
        var path = settings.Path!;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{key}: the certificate file '{path}' does not exist.");
        }

        X509Certificate2 certificate;
        try
        {
            var extension = System.IO.Path.GetExtension(path);
            certificate = extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase)
                ? X509CertificateLoader.LoadPkcs12FromFile(path, settings.Password, X509KeyStorageFlags.EphemeralKeySet)
                : X509Certificate2.CreateFromPemFile(path, settings.KeyPath);
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or IOException or ArgumentException)
        {
            // The message of the exception never holds the password.
            throw new InvalidOperationException($"{key}: the certificate '{path}' could not be loaded: {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{key}: the certificate '{path}' has no private key.");
        }

        return certificate;
    }
}
