using System.Text.RegularExpressions;

namespace Portal.Audit.Services;

/// <summary>
/// Defence in depth for what callers put in an entry: callers must never pass a secret, but if a query string or a
/// message slips through, the value after "password=", "secret=" or "token=" is masked before it is stored.
/// </summary>
public static partial class AuditText
{
    public const string Mask = "***";

    // The key may end a longer name (client_secret=, access_token=); the value runs to the next separator.
    [GeneratedRegex(@"(password|secret|token)(\s*=\s*)[^\s&;,]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretAssignment();

    public static string? Scrub(string? text) =>
        string.IsNullOrEmpty(text) ? text : SecretAssignment().Replace(text, m => m.Groups[1].Value + m.Groups[2].Value + Mask);

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters, the last one an ellipsis.</summary>
    public static string? Truncate(string? text, int max) =>
        text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
