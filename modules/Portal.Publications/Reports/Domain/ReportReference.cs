using System.Text.RegularExpressions;

namespace Portal.Publications.Reports.Domain;

/// <summary>
/// A report's reference: letters, digits and single hyphens inside ("PCD-2026-014"), at most
/// <see cref="ReportLimits.Reference"/> characters, stored in upper case so a URL in any case finds the same report.
/// It is a path segment of public URLs, hence nothing that needs escaping.
/// </summary>
public static partial class ReportReference
{
    /// <summary>
    /// Fixed path segments where a reference also goes: <c>/{tenant}/publications/feed</c> beside
    /// <c>/publications/{reference}</c>, and <c>/api/publications/reports</c> and <c>/release-reviews</c> beside
    /// <c>/api/publications/{reference}/part-2</c> and <c>/grants</c>. A fixed segment wins over a reference, so a report
    /// named like one could never be read at its own address: such references are refused when a report is created.
    /// Stored (upper-case) spelling; add a segment here whenever a route puts a fixed word where a reference goes.
    /// </summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal) { "FEED", "REPORTS", "RELEASE-REVIEWS" };

    public static bool IsValid(string? value) => Normalise(value) is not null;

    /// <summary>Whether <paramref name="value"/> would be shadowed by a fixed route (see <see cref="Reserved"/>).</summary>
    public static bool IsReserved(string? value) => Normalise(value) is { } key && Reserved.Contains(key);

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
