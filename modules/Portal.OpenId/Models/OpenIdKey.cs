namespace Portal.OpenId.Models;

/// <summary>
/// A key of the tenant's authorization server, generated once and kept across restarts. The material is
/// protected with the tenant's data-protection key ring, so the store alone does not give it away.
/// </summary>
public sealed class OpenIdKey
{
    public const string SigningUse = "sig";
    public const string EncryptionUse = "enc";

    public int Id { get; set; }

    /// <summary><see cref="SigningUse"/> or <see cref="EncryptionUse"/>.</summary>
    public string Use { get; set; } = "";

    /// <summary>"RSA" (PKCS#8 private key) or "AES" (raw 256-bit key).</summary>
    public string Algorithm { get; set; } = "";

    public string ProtectedMaterial { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
