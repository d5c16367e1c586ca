using System.Text.RegularExpressions;

namespace Portal.Users.Services;

/// <summary>What the portal accepts as an email address: one @, something before it, a dotted domain after it.</summary>
public static partial class EmailAddresses
{
    public const int MaxLength = 256;

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= MaxLength && Pattern().IsMatch(value);
}
