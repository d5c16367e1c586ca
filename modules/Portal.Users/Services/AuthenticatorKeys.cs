using System.Text;

namespace Portal.Users.Services;

/// <summary>How an authenticator key is shown: in groups of four to type, and as an otpauth:// URI for apps.</summary>
public static class AuthenticatorKeys
{
    public static string Format(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return result.ToString().ToLowerInvariant();
    }

    /// <summary>The Key URI format authenticator apps read (RFC 6238 TOTP: SHA-1, 30 seconds, 6 digits).</summary>
    public static string Uri(string issuer, string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(email)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";

    /// <summary>An authenticator code as typed, without the spaces apps show in it; null unless it is 6 digits.</summary>
    public static string? AuthenticatorCode(string? code)
    {
        var digits = (code ?? "").Replace(" ", "").Replace("-", "");
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>A recovery code as typed (they are upper case, with a hyphen in the middle).</summary>
    public static string RecoveryCode(string? code) => (code ?? "").Replace(" ", "").ToUpperInvariant();
}
