using System.Text.RegularExpressions;

namespace Portal.Abstractions.Platform;

/// <summary>What a tenant name or URL prefix may be: it ends up in URLs, file paths, cookie names and SQL identifiers.</summary>
public static partial class TenantNames
{
    /// <summary>Path segments the platform itself uses; a tenant named like one would hide it.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "health", "connect", "openapi", "assets", "_content", "account", "default", "static",
        "lib", "css", "js", "images", "favicon.ico", "robots.txt", ".well-known", "publications", "setup", "login",
        "logout", "signin", "signout", "error", "errors", "metrics", "swagger", "www", "root", "portal", "platform",
    };

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,28}[a-z0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Null when valid, else the reason, phrased for the person who typed it.</summary>
    public static string? Validate(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "Enter a name.";
        }

        if (name.Length < 2 || name.Length > 30)
        {
            return "The name must be 2 to 30 characters long.";
        }

        if (!Pattern().IsMatch(name))
        {
            return "Use lowercase letters a to z, digits and hyphens only, starting and ending with a letter or digit.";
        }

        return Reserved.Contains(name) ? $"'{name}' is reserved by the platform." : null;
    }
}
