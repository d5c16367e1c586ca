using Microsoft.Extensions.Configuration;

namespace Portal.OpenId;

/// <summary>
/// <c>Portal:OpenId</c> configuration, read from the host's configuration when a tenant's container is built.
/// </summary>
public sealed class OpenIdSettings
{
    public const string Section = "Portal:OpenId";

    /// <summary>Accept plain HTTP (development and tests only); otherwise every OpenID endpoint requires HTTPS.</summary>
    public bool AllowPlainHttp { get; set; }

    /// <summary>Outside Development, allow keys generated and kept per tenant instead of configured certificates.</summary>
    public bool AllowGeneratedKeys { get; set; }

    public CertificateSettings? SigningCertificate { get; set; }

    public CertificateSettings? EncryptionCertificate { get; set; }

    public static OpenIdSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<OpenIdSettings>() ?? new OpenIdSettings();
}
