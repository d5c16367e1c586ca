using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Portal.OpenId.Data;
using Portal.OpenId.Models;

namespace Portal.OpenId.Keys;

/// <summary>
/// The tenant's own server keys when no certificate is configured: an RSA signing key (identity tokens must be
/// signed asymmetrically so that clients can check them) and an AES-256 encryption key (only this tenant ever
/// decrypts its tokens). Generated once (RSA generation takes seconds here), protected with the tenant's key ring,
/// kept in the tenant's store, so tokens survive a restart.
/// </summary>
internal sealed class TenantKeyStore(OpenIdDbContext db, IDataProtectionProvider dataProtection)
{
    private const string Purpose = "Portal.OpenId.Keys.v1";

    public async Task<(SecurityKey Signing, SecurityKey Encryption)> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        var protector = dataProtection.CreateProtector(Purpose);
        var signing = await FindAsync(OpenIdKey.SigningUse, cancellationToken)
            ?? await AddAsync(OpenIdKey.SigningUse, "RSA", GenerateRsa(), protector, cancellationToken);

        return (ToSecurityKey(signing, protector), await LoadOrCreateEncryptionAsync(cancellationToken));
    }

    /// <summary>
    /// Only the AES encryption key: with configured certificates the tenant still encrypts its access tokens with it,
    /// because decrypting a token encrypted to an RSA certificate costs about a millisecond of CPU on every API call.
    /// </summary>
    public async Task<SecurityKey> LoadOrCreateEncryptionAsync(CancellationToken cancellationToken)
    {
        var protector = dataProtection.CreateProtector(Purpose);
        var encryption = await FindAsync(OpenIdKey.EncryptionUse, cancellationToken)
            ?? await AddAsync(OpenIdKey.EncryptionUse, "AES", RandomNumberGenerator.GetBytes(32), protector, cancellationToken);
        return ToSecurityKey(encryption, protector);
    }

    private Task<OpenIdKey?> FindAsync(string use, CancellationToken cancellationToken) =>
        db.Keys.AsNoTracking().Where(k => k.Use == use).OrderByDescending(k => k.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<OpenIdKey> AddAsync(string use, string algorithm, byte[] material, IDataProtector protector, CancellationToken cancellationToken)
    {
        var key = new OpenIdKey
        {
            Use = use,
            Algorithm = algorithm,
            ProtectedMaterial = Convert.ToBase64String(protector.Protect(material)),
            CreatedUtc = DateTime.UtcNow,
        };
        CryptographicOperations.ZeroMemory(material);
        db.Keys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    private static byte[] GenerateRsa()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKey();
    }

    private static SecurityKey ToSecurityKey(OpenIdKey key, IDataProtector protector)
    {
        var material = protector.Unprotect(Convert.FromBase64String(key.ProtectedMaterial));
        if (key.Algorithm == "RSA")
        {
            var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(material, out _);
            CryptographicOperations.ZeroMemory(material);
            // A stable key id: clients cache the JWKS by it.
            return new RsaSecurityKey(rsa) { KeyId = $"{key.Use}-{key.Id}" };
        }

        return new SymmetricSecurityKey(material) { KeyId = $"{key.Use}-{key.Id}" };
    }
}
