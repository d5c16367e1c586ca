using System.Text.RegularExpressions;

namespace Portal.Publications.Reports.Domain;

/// <summary>
/// A report's reference: letters, digits and single hyphens inside ("PCD-2026-014"), at most
/// <see cref="ReportLimits.Reference"/> characters, stored in upper case so a URL in any case finds the same report.
/// It is a path segment of public URLs, hence nothing that needs escaping.
/// </summary>
public static partial class ReportReference
{
    public static bool IsValid(string? value) => Normalise(value) is not null;

    /// <summary>The stored form, or null when <paramref name="value"/> is not a reference.</summary>
    public static string? Normalise(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > ReportLimits.Reference || !Shape().IsMatch(trimmed))
        {
            return null;
        }

        return trimmed.ToUpperInvariant();
    }

    [GeneratedRegex("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
