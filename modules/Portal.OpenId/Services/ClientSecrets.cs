using System.Security.Cryptography;

namespace Portal.OpenId.Services;

internal static class ClientSecrets
{
    /// <summary>256 random bits, base64url: shown once, then stored only as OpenIddict's hash.</summary>
    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
