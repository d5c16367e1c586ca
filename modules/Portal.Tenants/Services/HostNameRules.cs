using System.Text.RegularExpressions;

namespace Portal.Tenants.Services;

/// <summary>
/// What a tenant's host name may be: a DNS name (ASCII letters, digits and hyphens in labels of 1 to 63
/// characters, 253 at most), or "*." followed by one to match any sub-domain. Internationalised names are given
/// in their ASCII (xn--) form, so a look-alike Unicode host cannot be registered beside a real one.
/// </summary>
public static partial class HostNameRules
{
    [GeneratedRegex("^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DnsName();

    /// <summary>Null when valid, else the reason.</summary>
    public static string? Validate(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return "A host name cannot be empty.";
        }

        var name = host.StartsWith("*.", StringComparison.Ordinal) ? host[2..] : host;
        if (!DnsName().IsMatch(name))
        {
            return $"'{host}' is not a valid host name: use lowercase letters, digits, hyphens and dots, or '*.' before a domain for its sub-domains.";
        }

        return host.StartsWith("*.", StringComparison.Ordinal) && !name.Contains('.')
            ? $"'{host}' would match a whole top-level domain: give at least two labels after '*.'."
            : null;
    }
}
