namespace Portal.OpenId;

/// <summary>
/// A certificate with its private key: a PFX file (<see cref="Path"/> ending .pfx or .p12, with
/// <see cref="Password"/>), or a PEM certificate file (<see cref="Path"/>) with its PEM key file (<see cref="KeyPath"/>).
/// </summary>
public sealed class CertificateSettings
{
    public string? Path { get; set; }
    public string? Password { get; set; }
    public string? KeyPath { get; set; }

    public bool IsSet => !string.IsNullOrWhiteSpace(Path);
}
