using System.Security.Cryptography;
using System.Text;

namespace Portal.Host.Data.Postgres;

/// <summary>
/// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, PostgreSQL's own format). Sending
/// the verifier in CREATE/ALTER ROLE instead of the password keeps the password out of server logs
/// (log_statement = ddl) and out of any command text the client logs.
/// </summary>
internal static class ScramVerifier
{
    private const int Iterations = 4096;

    /// <param name="password">ASCII only (SASLprep is then the identity), as the generated passwords are.</param>
    public static string For(string password)
    {
        if (password.Any(c => c > 127))
        {
            throw new ArgumentException("Only ASCII passwords are supported.", nameof(password));
        }

        var salt = RandomNumberGenerator.GetBytes(16);
        var salted = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        var clientKey = HMACSHA256.HashData(salted, "Client Key"u8);
        var storedKey = SHA256.HashData(clientKey);
        var serverKey = HMACSHA256.HashData(salted, "Server Key"u8);
        return $"SCRAM-SHA-256${Iterations}:{Convert.ToBase64String(salt)}${Convert.ToBase64String(storedKey)}:{Convert.ToBase64String(serverKey)}";
    }
}
